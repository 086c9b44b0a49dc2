# Broadcast projects: the New broadcast project form's number picker.
target_sources(switchboard_ui PRIVATE
    broadcast/numberpicker.cpp broadcast/numberpicker.h
)
