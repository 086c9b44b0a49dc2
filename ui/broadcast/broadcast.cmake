# The Broadcast projects section, the New broadcast project form and its number picker.
target_sources(switchboard_ui PRIVATE
    broadcast/broadcastform.cpp broadcast/broadcastform.h
    broadcast/broadcastpane.cpp broadcast/broadcastpane.h
    broadcast/numberpicker.cpp broadcast/numberpicker.h
)
