# tests for numbers: wire types, the list model against the sandbox, drafts and senders, the pane and the buy flow.
switchboard_add_test(tst_numbertable switchboard_models switchboard_testsupport)
switchboard_add_test(tst_numberdrafts switchboard_models)
switchboard_add_test(tst_numbersenders switchboard_models switchboard_testsupport)
switchboard_add_test(tst_numberspane switchboard_ui switchboard_testsupport)
switchboard_add_test(tst_purchaseform switchboard_ui switchboard_testsupport)
