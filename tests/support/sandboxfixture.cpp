#include "sandboxfixture.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

SandboxFixture::SandboxFixture(int numbers)
    : m_numbers(numbers)
{
}

bool SandboxFixture::start(const FaultOptions &faults, const ConnectionLimits &limits)
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder"_s;
        return false;
    }
    SandboxOptions options;
    options.dataDir = m_dir.path();
    options.seed = u"demo"_s;
    options.numbers = m_numbers;
    options.faults = faults;
    if (!options.faults.seed)
        options.faults.seed = FaultSeed;
    options.limits = limits;
    return m_server.start(options, &m_error);
}

AccountProfile SandboxFixture::profile(ApiFamily family) const
{
    const SandboxCredentials c = m_server.credentials();
    AccountProfile p;
    p.family = family;
    p.baseUrl = m_server.baseUrl();
    p.id = u"sandbox-"_s + familyName(family).toLower();
    p.displayName = u"Sandbox "_s + familyName(family);
    p.sandbox = true;
    switch (family) {
    case ApiFamily::Properties:
        p.user = c.propertiesAccountSid;
        p.secret = c.propertiesAuthToken;
        break;
    case ApiFamily::Broadcast:
        p.secret = c.broadcastApiKey;
        break;
    case ApiFamily::Twilio:
        p.user = c.twilioAccountSid;
        p.secret = c.twilioAuthToken;
        break;
    case ApiFamily::SignalWire:
        p.user = c.signalwireProjectId;
        p.secret = c.signalwireToken;
        break;
    }
    return p;
}

AccountProfile SandboxFixture::badProfile(ApiFamily family) const
{
    AccountProfile p = profile(family);
    p.secret = u"wrong-"_s + p.secret;
    return p;
}

namespace {
int runOnServerDatabase(const QString &dir, const QString &sql, const QVariantList &binds, bool write)
{
    const QString connection = QUuid::createUuid().toString();
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(QDir(dir).filePath(u"sandbox.sqlite"_s));
        db.setConnectOptions(write ? u"QSQLITE_BUSY_TIMEOUT=5000"_s
                                   : u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : binds)
                q.addBindValue(v);
            if (q.exec())
                result = write ? q.numRowsAffected() : (q.next() ? q.value(0).toInt() : -1);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}
} // namespace

int SandboxFixture::serverCount(const QString &sql, const QVariantList &binds) const
{
    return runOnServerDatabase(m_dir.path(), sql, binds, false);
}

int SandboxFixture::serverChange(const QString &sql, const QVariantList &binds)
{
    return runOnServerDatabase(m_dir.path(), sql, binds, true);
}

AccountProfile SandboxFixture::twilioApiKeyProfile() const
{
    const SandboxCredentials c = m_server.credentials();
    AccountProfile p = profile(ApiFamily::Twilio);
    p.id = u"sandbox-twilio-key"_s;
    p.user = c.twilioApiKeySid;
    p.secret = c.twilioApiKeySecret;
    p.accountSid = c.twilioAccountSid;
    return p;
}

AccountProfile SandboxFixture::broadcastOtherOrgProfile() const
{
    AccountProfile p = profile(ApiFamily::Broadcast);
    p.id = u"sandbox-broadcast-other-org"_s;
    p.displayName = u"Sandbox Broadcast (other organisation)"_s;
    p.secret = m_server.credentials().broadcastOtherOrgApiKey;
    return p;
}
