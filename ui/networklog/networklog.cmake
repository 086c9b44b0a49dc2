# View ▸ Network log.
target_sources(switchboard_ui PRIVATE
    networklog/networklogdock.cpp networklog/networklogdock.h
)
