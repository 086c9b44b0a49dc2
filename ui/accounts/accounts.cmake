# Settings ▸ Accounts.
target_sources(switchboard_ui PRIVATE
    accounts/accountsdialog.cpp accounts/accountsdialog.h
)
