# Real accounts: configuration and settings, Test connection against the sandbox, the
# network log, the keychain.
switchboard_add_test(tst_accountconfig switchboard_models)
switchboard_add_test(tst_connectiontest switchboard_models switchboard_testsupport)
switchboard_add_test(tst_networklog switchboard_models switchboard_testsupport)

# The keychain against a real Secret Service: in a D-Bus session of its own with an
# unlocked gnome-keyring (with-keyring.sh), so `ctest` alone sets it up.
qt_add_executable(tst_secretstore tst_secretstore.cpp)
target_link_libraries(tst_secretstore PRIVATE Qt6::Test switchboard_options switchboard_app_lib)
add_test(NAME tst_secretstore
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/with-keyring.sh $<TARGET_FILE:tst_secretstore>)
set_tests_properties(tst_secretstore PROPERTIES
    ENVIRONMENT "${SWITCHBOARD_TEST_ENVIRONMENT}"
    TIMEOUT ${SWITCHBOARD_TEST_TIMEOUT})

# No keychain service at all (no D-Bus session): secrets for the session only, nothing on disk.
switchboard_add_test(tst_secretfallback switchboard_app_lib switchboard_testsupport)
set_tests_properties(tst_secretfallback PROPERTIES ENVIRONMENT
    "${SWITCHBOARD_TEST_ENVIRONMENT};DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/switchboard-no-session-bus;DISPLAY=")

# Settings ▸ Accounts driven offscreen against the sandbox.
switchboard_add_test(tst_accountsdialog switchboard_ui switchboard_testsupport)

# Accounts in the running app; no keychain service, so secrets stay in the session.
switchboard_add_test(tst_accountsapp switchboard_app_lib switchboard_testsupport)
set_tests_properties(tst_accountsapp PROPERTIES ENVIRONMENT
    "${SWITCHBOARD_TEST_ENVIRONMENT};DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/switchboard-no-session-bus;DISPLAY=")

# A removed account's drafts: moved to another account, or kept where they may have arrived.
switchboard_add_test(tst_draftmove switchboard_models)
