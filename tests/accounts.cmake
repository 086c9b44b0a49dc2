# Real accounts: configuration and settings, Test connection against the sandbox, the
# network log, the keychain.
switchboard_add_test(tst_accountconfig switchboard_models)
switchboard_add_test(tst_connectiontest switchboard_models switchboard_testsupport)
switchboard_add_test(tst_networklog switchboard_models switchboard_testsupport)
