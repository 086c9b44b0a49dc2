# tests for validation: the rules the client and the sandbox share.
switchboard_add_test(tst_validation switchboard_validation)
switchboard_add_test(tst_numberrules switchboard_validation)
# The accounts dialog's sign-in rules (SIDs, tokens, regions, spaces, server addresses).
switchboard_add_test(tst_accountrules switchboard_validation)
# The broadcast project create's rules (form, outbox and sandbox alike).
switchboard_add_test(tst_broadcastrules switchboard_validation)
