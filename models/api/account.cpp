#include "account.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int firstRetryMs = 5000;
constexpr int maxRetryMs = 60000;

} // namespace

Account::Account(const QString &id, const QString &displayName, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_displayName(displayName)
    , m_retryTimer(new QTimer(this))
    , m_retryDelayMs(firstRetryMs)
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Account::probe);
}

Account::~Account() = default;

void Account::setDisplayName(const QString &name)
{
    if (name == m_displayName)
        return;
    m_displayName = name;
    emit changed();
}

void Account::setDescription(const QString &description)
{
    if (description == m_description)
        return;
    m_description = description;
    emit changed();
}

void Account::setNetworkLog(NetworkLog *log)
{
    m_log = log;
    for (AccountClient *c : std::as_const(m_clients))
        c->setNetworkLog(log);
}

bool Account::updateProfile(const AccountProfile &profile)
{
    AccountClient *c = client(profile.family);
    if (!c || c->profile().id != profile.id)
        return false;
    c->setProfile(profile);
    return true;
}

AccountClient *Account::addProfile(const AccountProfile &profile)
{
    if (AccountClient *existing = client(profile.family))
        return existing;
    auto *client = new AccountClient(profile, this);
    client->setNetworkLog(m_log);
    m_clients << client;
    connect(client, &AccountClient::connectionStateChanged, this,
            &Account::onClientStateChanged);
    onClientStateChanged();
    return client;
}

AccountClient *Account::client(ApiFamily family) const
{
    for (AccountClient *c : m_clients) {
        if (c->family() == family)
            return c;
    }
    return nullptr;
}

QList<ApiFamily> Account::families() const
{
    QList<ApiFamily> result;
    for (const AccountClient *c : m_clients)
        result << c->family();
    return result;
}

AccountClient *Account::clientForProfile(const QString &profileId) const
{
    for (AccountClient *c : m_clients) {
        if (c->profile().id == profileId)
            return c;
    }
    return nullptr;
}

Account::ConnectionState Account::connectionState() const
{
    return m_state;
}

QString Account::connectionProblem() const
{
    QStringList lines;
    for (const AccountClient *c : m_clients) {
        const ConnectionState state = c->connectionState();
        if (state != ConnectionState::Offline && state != ConnectionState::AuthFailed)
            continue;
        QString reason = c->lastError().displayText();
        if (reason.isEmpty())
            reason = stateText(state);
        lines << tr("%1: %2").arg(familyName(c->family()), reason);
    }
    return lines.join(u'\n');
}

QString Account::shortProblem() const
{
    for (const AccountClient *c : m_clients) {
        const ConnectionState state = c->connectionState();
        if (state == ConnectionState::Offline || state == ConnectionState::AuthFailed)
            return c->lastError().displayText();
    }
    return {};
}

QString Account::stateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Unknown:
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Online:
        return tr("Online");
    case ConnectionState::Offline:
        return tr("Offline");
    case ConnectionState::AuthFailed:
        return tr("Authentication failed");
    }
    return {};
}

void Account::startMonitoring()
{
    m_monitoring = true;
    m_retryDelayMs = firstRetryMs;
    for (AccountClient *c : std::as_const(m_clients))
        c->probe();
}

void Account::probe()
{
    m_retryTimer->stop();
    for (AccountClient *c : std::as_const(m_clients)) {
        if (c->connectionState() != ConnectionState::Online)
            c->probe();
    }
}

void Account::onClientStateChanged()
{
    const bool any = !m_clients.isEmpty();
    auto has = [this](ConnectionState s) {
        return std::any_of(m_clients.cbegin(), m_clients.cend(),
                           [s](const AccountClient *c) { return c->connectionState() == s; });
    };
    ConnectionState state = ConnectionState::Unknown;
    if (!any)
        state = ConnectionState::Unknown;
    else if (has(ConnectionState::AuthFailed))
        state = ConnectionState::AuthFailed;
    else if (has(ConnectionState::Offline))
        state = ConnectionState::Offline;
    else if (has(ConnectionState::Connecting))
        state = ConnectionState::Connecting;
    else if (has(ConnectionState::Unknown))
        state = ConnectionState::Unknown;
    else
        state = ConnectionState::Online;

    if (state == ConnectionState::Offline)
        scheduleRetry();
    else if (state == ConnectionState::Online)
        m_retryDelayMs = firstRetryMs;

    // The details may change without the summary (another family going offline).
    m_state = state;
    emit connectionStateChanged(state);
}

void Account::scheduleRetry()
{
    // Wrong credentials do not heal by waiting; an unreachable server may.
    if (!m_monitoring || m_retryTimer->isActive())
        return;
    m_retryTimer->start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, maxRetryMs);
}
