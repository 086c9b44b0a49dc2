# Offline drafts: store, autosave, crash safety, import, list model, pane and outbox.
switchboard_add_test(tst_draftstore switchboard_models)
switchboard_add_test(tst_draftcrash switchboard_models)
switchboard_add_test(tst_draftlistmodel switchboard_models)
switchboard_add_test(tst_draftimport switchboard_models)
switchboard_add_test(tst_outbox switchboard_models switchboard_testsupport)
switchboard_add_test(tst_draftspane switchboard_ui)
