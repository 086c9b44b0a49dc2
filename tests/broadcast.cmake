# tests for broadcast projects: the client side against the sandbox, the number selection's
# models and the picker widget, the form and the pane.
switchboard_add_test(tst_broadcastmodels switchboard_models switchboard_testsupport)
switchboard_add_test(tst_numberselection switchboard_models)
switchboard_add_test(tst_numberpicker switchboard_ui)
switchboard_add_test(tst_broadcastform switchboard_ui switchboard_testsupport)
switchboard_add_test(tst_broadcastpane switchboard_ui switchboard_testsupport)
