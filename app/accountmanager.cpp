#include "accountmanager.h"

#include "secretstore.h"

#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAccounts, "switchboard.app.accounts")

AccountManager::AccountManager(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
}

AccountManager::~AccountManager() = default;

QStringList AccountManager::sandboxProfileIds()
{
    QStringList ids;
    for (ApiFamily f : {ApiFamily::Properties, ApiFamily::Broadcast, ApiFamily::Twilio,
                        ApiFamily::SignalWire}) {
        AccountConfig c = AccountConfig::sandbox();
        c.family = f;
        ids << c.profileId();
    }
    return ids;
}

void AccountManager::load(const QProcessEnvironment &environment)
{
    AccountSettings::Loaded loaded = AccountSettings::load(*m_settings);
    if (!loaded.initialized) {
        // The very first start opens the sandbox at once, as an account of its own.
        loaded.accounts = {AccountConfig::sandbox()};
    }
    m_accounts = loaded.accounts;
    m_retired = AccountSettings::retiredProfiles(*m_settings);

    // The providers' variables, unless a saved account already is that login.
    QStringList names;
    for (const AccountConfig &c : std::as_const(m_accounts))
        names << c.name;
    for (AccountConfig env : accountsFromEnvironment(environment)) {
        const bool saved = std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                                       [&env](const AccountConfig &c) {
                                           return !c.isSandbox() && c.identity() == env.identity();
                                       });
        if (saved)
            continue;
        QString name = env.name;
        for (int n = 2; names.contains(name, Qt::CaseInsensitive); ++n)
            name = env.name + u' ' + QString::number(n);
        env.name = name;
        names << name;
        m_accounts << env;
    }
    emit retiredProfilesChanged(m_retired);
    emit orderChanged(order());

    for (const AccountConfig &c : std::as_const(m_accounts)) {
        switch (c.origin) {
        case AccountOrigin::Sandbox:
            emit sandboxWanted(true);
            break;
        case AccountOrigin::Environment: {
            QStringList others = names;
            others.removeOne(c.name);
            if (const QList<AccountProblem> problems = c.problems(others); problems.isEmpty()) {
                emit accountReady(c);
            } else {
                qCWarning(lcAccounts) << "environment account" << c.name << "is incomplete:"
                                      << problems.first().check.reason;
                emit environmentProblem(tr("The variables %1 do not make a usable account: %2")
                                            .arg(c.sourceVariables.join(u", "_s),
                                                 problems.first().check.reason));
            }
            break;
        }
        case AccountOrigin::Saved:
            readSecret(c);
            break;
        }
    }
}

AccountConfig AccountManager::account(const QString &id) const
{
    for (const AccountConfig &c : m_accounts) {
        if (c.id == id)
            return c;
    }
    return {};
}

bool AccountManager::hasSandbox() const
{
    return std::any_of(m_accounts.cbegin(), m_accounts.cend(),
                       [](const AccountConfig &c) { return c.isSandbox(); });
}

QStringList AccountManager::order() const
{
    QStringList ids;
    for (const AccountConfig &c : m_accounts)
        ids << c.id;
    return ids;
}

void AccountManager::save()
{
    AccountSettings::save(*m_settings, m_accounts);
    m_settings->sync();
}

void AccountManager::readSecret(const AccountConfig &config)
{
    const QString id = config.id;
    m_pendingReads.insert(id);
    m_secrets->read(id, this, [this, id](const SecretResult &result) {
        m_pendingReads.remove(id);
        const auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                     [&id](const AccountConfig &c) { return c.id == id; });
        if (it == m_accounts.end())
            return; // removed meanwhile
        if (result.ok() && !result.secret.isEmpty()) {
            it->secret = result.secret;
            m_needSecret.remove(id);
            emit accountReady(*it);
            return;
        }
        m_needSecret.insert(id);
        QString why;
        switch (result.status) {
        case SecretResult::Status::NotFound:
            why = tr("The keychain holds no %1 for “%2”.").arg(it->secretLabel().toLower(), it->name);
            break;
        case SecretResult::Status::SessionOnly:
            emit keychainMessage(result.message);
            why = tr("The system keychain is not available, so the %1 of “%2” was kept for the "
                     "last session only. Enter it again; it is kept for this session only.")
                      .arg(it->secretLabel().toLower(), it->name);
            break;
        case SecretResult::Status::Failed:
        case SecretResult::Status::Ok:
            why = result.message;
            break;
        }
        emit accountNeedsSecret(*it, why);
    });
}

void AccountManager::writeSecret(const AccountConfig &config)
{
    m_needSecret.remove(config.id);
    m_secrets->write(config.id, config.secret, this, [this](const SecretResult &result) {
        if (result.status == SecretResult::Status::SessionOnly
            || result.status == SecretResult::Status::Failed) {
            emit keychainMessage(result.message);
        }
    });
}

void AccountManager::retire(const AccountConfig &config, RetiredProfile::Reason reason)
{
    QList<AccountConfig> profiles{config};
    if (config.isSandbox()) { // one profile per family
        profiles.clear();
        for (ApiFamily f : {ApiFamily::Properties, ApiFamily::Broadcast, ApiFamily::Twilio,
                            ApiFamily::SignalWire}) {
            AccountConfig c = config;
            c.family = f;
            profiles << c;
        }
    }
    for (const AccountConfig &c : std::as_const(profiles)) {
        RetiredProfile r;
        r.profileId = c.profileId();
        r.accountName = c.name;
        r.family = c.family;
        r.reason = reason;
        r.retiredAt = QDateTime::currentDateTimeUtc();
        AccountSettings::addRetiredProfile(*m_settings, r);
    }
    m_retired = AccountSettings::retiredProfiles(*m_settings);
    emit retiredProfilesChanged(m_retired);
}

void AccountManager::forgetRetired(const QStringList &profileIds)
{
    const qsizetype before = m_retired.size();
    AccountSettings::forgetRetiredProfiles(*m_settings, profileIds);
    m_retired = AccountSettings::retiredProfiles(*m_settings);
    if (m_retired.size() != before)
        emit retiredProfilesChanged(m_retired);
}

void AccountManager::apply(const QList<AccountConfig> &edited)
{
    QHash<QString, AccountConfig> before;
    for (const AccountConfig &c : std::as_const(m_accounts))
        before.insert(c.id, c);
    QSet<QString> kept;

    QList<AccountConfig> next;
    QList<AccountConfig> ready;   // new, or a new login: build after the removals
    QList<AccountConfig> updated; // the same login
    QStringList removed;
    bool sandboxAdded = false;

    for (AccountConfig c : edited) {
        if (c.id.isEmpty())
            c.id = AccountConfig::newId();
        kept.insert(c.id);
        const auto old = before.constFind(c.id);
        if (old == before.cend()) {
            if (c.isSandbox()) {
                sandboxAdded = true;
            } else {
                c.generation = 1;
                if (c.origin == AccountOrigin::Saved)
                    writeSecret(c);
                ready << c;
            }
            next << c;
            continue;
        }
        if (c.isSandbox()) {
            next << c;
            continue;
        }
        c.generation = old->generation;
        // Never built for want of a secret: the one typed now brings it up.
        const bool waitedForSecret = m_needSecret.contains(c.id) && !c.secret.isEmpty();
        if (old->origin != c.origin && c.origin == AccountOrigin::Saved) {
            // An environment account the user chose to keep: a saved account of its own.
            writeSecret(c);
        } else if (c.identity() != old->identity()) {
            // Another login: what was written for the old one must not go to the new one.
            c.generation = old->generation + 1;
            retire(*old, RetiredProfile::Reason::LoginChanged);
            removed << old->id;
            if (c.origin == AccountOrigin::Saved)
                writeSecret(c);
            ready << c;
            next << c;
            continue;
        } else if (c.secret != old->secret && c.origin == AccountOrigin::Saved) {
            writeSecret(c);
        }
        if (waitedForSecret) {
            m_needSecret.remove(c.id);
            ready << c;
        } else if (c.name != old->name || c.secret != old->secret || c.caFile != old->caFile
                   || c.twilioAuth != old->twilioAuth || c.apiKeySid != old->apiKeySid
                   || c.origin != old->origin) {
            updated << c;
        }
        next << c;
    }

    for (const AccountConfig &old : std::as_const(m_accounts)) {
        if (kept.contains(old.id))
            continue;
        if (old.isSandbox()) {
            retire(old, RetiredProfile::Reason::Removed);
            continue;
        }
        retire(old, RetiredProfile::Reason::Removed);
        removed << old.id;
        m_needSecret.remove(old.id);
        if (old.origin == AccountOrigin::Saved)
            m_secrets->remove(old.id, this, {}); // removing an account removes its secret
    }

    const bool hadSandbox = hasSandbox();
    m_accounts = next;
    save();
    const bool hasSandboxNow = hasSandbox();
    if (sandboxAdded || hasSandboxNow)
        forgetRetired(sandboxProfileIds());

    for (const QString &id : std::as_const(removed))
        emit accountRemoved(id);
    if (hadSandbox && !hasSandboxNow)
        emit sandboxWanted(false);
    for (const AccountConfig &c : std::as_const(updated))
        emit accountUpdated(c);
    for (const AccountConfig &c : std::as_const(ready))
        emit accountReady(c);
    if (!hadSandbox && hasSandboxNow)
        emit sandboxWanted(true);
    emit orderChanged(order());
}

void AccountManager::setSandbox(bool wanted)
{
    if (wanted == hasSandbox())
        return;
    QList<AccountConfig> edited = m_accounts;
    if (wanted)
        edited << AccountConfig::sandbox();
    else
        edited.removeIf([](const AccountConfig &c) { return c.isSandbox(); });
    apply(edited);
}

AccountConfig AccountManager::saveEnvironmentAccount(const QString &id)
{
    QList<AccountConfig> edited = m_accounts;
    AccountConfig saved;
    for (AccountConfig &c : edited) {
        if (c.id == id && c.isEnvironment()) {
            c.origin = AccountOrigin::Saved;
            c.sourceVariables.clear();
            saved = c;
        }
    }
    if (!saved.id.isEmpty())
        apply(edited);
    return saved;
}
