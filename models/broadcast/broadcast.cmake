# Broadcast projects: wire types, the client, reference lists, the projects list, drafts.
target_sources(switchboard_models PRIVATE
    broadcast/broadcastclient.cpp broadcast/broadcastclient.h
    broadcast/broadcastdraft.cpp broadcast/broadcastdraft.h
    broadcast/broadcastproject.cpp broadcast/broadcastproject.h
    broadcast/broadcastreference.cpp broadcast/broadcastreference.h
    broadcast/broadcastsender.cpp broadcast/broadcastsender.h
    broadcast/projectlistmodel.cpp broadcast/projectlistmodel.h
)
