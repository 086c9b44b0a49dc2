#pragma once

#include "accounts/accountconfig.h"
#include "accounts/accountsettings.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>

class QSettings;
class SecretStore;

// The user's accounts: their list and order in the settings, their secrets in the keychain
// (SecretStore), the accounts of the providers' environment variables, and the sandbox as
// an account of its own. It says what to show; AppController builds the Account objects.
//
//     AccountManager manager(&settings, &secrets);
//     connect(&manager, &AccountManager::accountReady, ...);   // build and list it
//     manager.load();                  // first start: the sandbox alone
//     ...
//     manager.apply(dialog.accounts()); // what the accounts dialog returns
//
// Identity: an account whose login changes (another account SID, server or region) gets a
// new profile id (generation + 1), and its old one is retired with the reason, so drafts
// written for the old login are shown as such and never sent to the new one. A new secret
// for the same login (a rotated token) keeps the profile id: its drafts stay its own.
class AccountManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountManager)

public:
    AccountManager(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);
    ~AccountManager() override;

    // Reads the list; the first start gets the sandbox. Secrets are read asynchronously:
    // accountReady() or accountNeedsSecret() follows for each account, in order.
    void load(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    bool isLoading() const { return !m_pendingReads.isEmpty(); }

    // Every account in the user's order, environment ones last; secrets as known so far.
    QList<AccountConfig> accounts() const { return m_accounts; }
    AccountConfig account(const QString &id) const;
    bool hasSandbox() const;
    QStringList order() const; // ids
    // The accounts waiting for a secret the keychain could not give.
    QStringList needingSecret() const { return m_needSecret.values(); }
    QList<RetiredProfile> retiredProfiles() const { return m_retired; }

    // What the accounts dialog returns: the whole list as the user left it. Saves the
    // settings at once, writes and removes secrets, and announces every change.
    void apply(const QList<AccountConfig> &edited);
    // Adds the sandbox back (at the end) or removes it.
    void setSandbox(bool wanted);
    // Keeps an environment account among the saved ones (its secret goes to the keychain).
    AccountConfig saveEnvironmentAccount(const QString &id);

signals:
    // Complete, with its secret: build the Account and list it.
    void accountReady(const AccountConfig &config);
    // Saved but without a secret (none stored, or no keychain this session): ask for it.
    void accountNeedsSecret(const AccountConfig &config, const QString &why);
    // The same login with a new name, secret or CA file: update the Account in place.
    void accountUpdated(const AccountConfig &config);
    // Gone (removed, or its login changed and accountReady() follows with the new one).
    void accountRemoved(const QString &id);
    void sandboxWanted(bool wanted);
    void orderChanged(const QStringList &ids);
    // The retired profiles changed (drafts show why they cannot be sent).
    void retiredProfilesChanged(const QList<RetiredProfile> &retired);
    // Something about the keychain the user should know (no service: session only).
    void keychainMessage(const QString &message);
    // The providers' variables describe an account that cannot be used as they are.
    void environmentProblem(const QString &message);

private:
    void save();
    void readSecret(const AccountConfig &config);
    void writeSecret(const AccountConfig &config);
    void retire(const AccountConfig &config, RetiredProfile::Reason reason);
    void forgetRetired(const QStringList &profileIds);
    static QStringList sandboxProfileIds();

    QSettings *m_settings;
    SecretStore *m_secrets;
    QList<AccountConfig> m_accounts;
    QList<RetiredProfile> m_retired;
    QSet<QString> m_pendingReads;
    QSet<QString> m_needSecret;
};
