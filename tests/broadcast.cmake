# tests for broadcast projects: the client side against the sandbox, the form and the pane.
switchboard_add_test(tst_broadcastmodels switchboard_models switchboard_testsupport)
