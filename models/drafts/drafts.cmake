# Offline drafts: the store, autosaving, the list model and the outbox.
target_sources(switchboard_models PRIVATE
    drafts/draft.cpp drafts/draft.h
    drafts/draftautosaver.cpp drafts/draftautosaver.h
    drafts/draftfile.cpp drafts/draftfile.h
    drafts/drafthistory.cpp drafts/drafthistory.h
    drafts/draftkindrules.h
    drafts/draftsender.h
    drafts/senderregistry.cpp drafts/senderregistry.h drafts/builtinsenders.cpp
    drafts/outbox.cpp drafts/outbox.h
    drafts/propertydraftsender.cpp drafts/propertydraftsender.h
    drafts/draftlistmodel.cpp drafts/draftlistmodel.h
    drafts/draftslogging.cpp drafts/draftslogging.h
    drafts/draftstore.cpp drafts/draftstore.h
    drafts/draftmove.cpp drafts/draftmove.h
    drafts/storagefailure.cpp drafts/storagefailure.h
)
