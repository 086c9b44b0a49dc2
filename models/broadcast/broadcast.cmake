# Broadcast projects: the sending-number selection of the New broadcast project form.
target_sources(switchboard_models PRIVATE
    broadcast/numberselectionmodel.cpp broadcast/numberselectionmodel.h
)
