# The app shell: command line, main window, embedded sandbox host, --screenshot.
switchboard_add_test(tst_commandline switchboard_app_lib)
switchboard_add_test(tst_mainwindow switchboard_app_lib switchboard_testsupport)
switchboard_add_test(tst_appcontroller switchboard_app_lib)
switchboard_add_test(tst_screenshot Qt6::Gui)
target_compile_definitions(tst_screenshot PRIVATE
    SWITCHBOARD_EXE="$<TARGET_FILE:switchboard>")
add_dependencies(tst_screenshot switchboard)
# Knows at compile time whether the Properties pane exists yet.
target_include_directories(tst_screenshot PRIVATE ${PROJECT_SOURCE_DIR}/ui)
switchboard_add_test(tst_formundo switchboard_ui)
# Every window and form: mnemonics used once, the wheel scrolls forms rather than values.
switchboard_add_test(tst_everywindow switchboard_app_lib switchboard_testsupport)
switchboard_add_test(tst_documentdrafts switchboard_app_lib switchboard_testsupport)
switchboard_add_test(tst_singleinstance switchboard_app_lib Qt6::Network)
target_compile_definitions(tst_singleinstance PRIVATE
    SWITCHBOARD_EXE="$<TARGET_FILE:switchboard>")
add_dependencies(tst_singleinstance switchboard)
# Forms killed with SIGKILL while typing and while submitting (child processes).
switchboard_add_test(tst_formcrash switchboard_ui switchboard_testsupport Qt6::Sql)
# The one submission path under lost answers, and a kind registered through the registry alone.
switchboard_add_test(tst_formsubmission switchboard_app_lib switchboard_testsupport)
# Translations as the app installs them: German, English plurals, an English sandbox.
switchboard_add_test(tst_localization switchboard_app_lib switchboard_testsupport Qt6::Network)
# Drafts on a full disk (a SQLite VFS that fails writes on demand): banners, retries,
# quitting, start-up causes; private folders and files.
switchboard_add_test(tst_diskfull switchboard_app_lib switchboard_testsupport Qt6::Sql)
# Both executables at QT_LOGGING_RULES='*.debug=true' write no credential; private folders
# and files; a data folder that may not be written is named as such.
switchboard_add_test(tst_secrets Qt6::Network Qt6::Sql)
target_compile_definitions(tst_secrets PRIVATE
    SWITCHBOARD_EXE="$<TARGET_FILE:switchboard>"
    SWITCHBOARD_SANDBOX_EXE="$<TARGET_FILE:switchboard-sandbox>")
add_dependencies(tst_secrets switchboard switchboard-sandbox)
# The data folder one level deep, the old Switchboard/Switchboard moved up safely; --help-all
# of both executables prints and exits.
switchboard_add_test(tst_datafolder switchboard_app_lib)
target_compile_definitions(tst_datafolder PRIVATE
    SWITCHBOARD_EXE="$<TARGET_FILE:switchboard>"
    SWITCHBOARD_SANDBOX_EXE="$<TARGET_FILE:switchboard-sandbox>")
add_dependencies(tst_datafolder switchboard switchboard-sandbox)
