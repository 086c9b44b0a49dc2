# Drafts section: the list of every draft, with open, duplicate, delete/undo, export/import
# and "Send when online".
target_sources(switchboard_ui PRIVATE
    drafts/draftspane.cpp drafts/draftspane.h
)
