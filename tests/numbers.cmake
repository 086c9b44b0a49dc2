# tests for numbers: wire types, the list model against the sandbox, drafts and senders, the pane and the buy flow.
switchboard_add_test(tst_numbertable switchboard_models switchboard_testsupport)
switchboard_add_test(tst_allnumbers switchboard_models switchboard_testsupport)
switchboard_add_test(tst_numberdrafts switchboard_models)
switchboard_add_test(tst_numbersenders switchboard_models switchboard_testsupport)
switchboard_add_test(tst_numberspane switchboard_ui switchboard_testsupport)
# The summary's counts and its charts in the pane (QBarSet's signal: Qt Charts' headers).
switchboard_add_test(tst_numbersummary switchboard_ui switchboard_testsupport Qt6::Charts)
switchboard_add_test(tst_allnumberspane switchboard_ui switchboard_testsupport)
switchboard_add_test(tst_purchaseform switchboard_ui switchboard_testsupport)
switchboard_add_test(tst_purchasesafety switchboard_models switchboard_testsupport)
# A cart bought by a process killed at each step of a purchase, then started again.
qt_add_executable(purchasedriver purchasedriver.cpp)
target_link_libraries(purchasedriver PRIVATE Qt6::Core Qt6::Network switchboard_options switchboard_models)
switchboard_add_test(tst_purchasekill switchboard_models switchboard_testsupport)
add_dependencies(tst_purchasekill purchasedriver)
target_compile_definitions(tst_purchasekill PRIVATE PURCHASE_DRIVER="$<TARGET_FILE:purchasedriver>")
