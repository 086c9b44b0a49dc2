# Accounts: what the user configures (no secrets in settings), environment accounts,
# Test connection.
target_sources(switchboard_models PRIVATE
    accounts/accountconfig.cpp accounts/accountconfig.h
    accounts/accountlistmodel.cpp accounts/accountlistmodel.h
    accounts/accountsettings.cpp accounts/accountsettings.h
    accounts/connectiontest.cpp accounts/connectiontest.h
)
