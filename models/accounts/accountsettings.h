#pragma once

#include "accountconfig.h"

#include <QDateTime>
#include <QList>
#include <QString>

class QSettings;

// Why drafts recorded for a profile can no longer be sent from it.
struct RetiredProfile
{
    Q_DECLARE_TR_FUNCTIONS(RetiredProfile)

public:
    enum class Reason {
        Removed,       // the account was removed
        LoginChanged,  // the account now signs in to another account, server or region
    };
    QString profileId;
    QString accountName;
    ApiFamily family = ApiFamily::Twilio;
    Reason reason = Reason::Removed;
    QDateTime retiredAt; // UTC

    // One sentence for the Drafts section: why it cannot be sent, and what to do.
    QString explanation() const;
};

// The account list in QSettings: order, families, names, SIDs, servers, regions, CA files.
// Never a secret: those live in the system keychain (SecretStore) or, where there is none,
// in memory for the session. Environment accounts are not saved.
//
//     AccountSettings::Loaded loaded = AccountSettings::load(settings);
//     if (!loaded.initialized) loaded.accounts = {AccountConfig::sandbox()};  // first start
//     AccountSettings::save(settings, accounts);
namespace AccountSettings {

struct Loaded
{
    bool initialized = false; // false on the very first start
    QList<AccountConfig> accounts; // saved ones and the sandbox, in the user's order
};

Loaded load(QSettings &settings);
// Writes the Saved and Sandbox entries of `accounts` in order (secrets left out).
void save(QSettings &settings, const QList<AccountConfig> &accounts);

QList<RetiredProfile> retiredProfiles(QSettings &settings);
void addRetiredProfile(QSettings &settings, const RetiredProfile &profile);
// The profiles are in use again (the sandbox added back): their drafts can be sent.
void forgetRetiredProfiles(QSettings &settings, const QStringList &profileIds);

} // namespace AccountSettings
