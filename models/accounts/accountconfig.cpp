#include "accountconfig.h"

#include "validation/accountrules.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QUuid>

using namespace Qt::StringLiterals;
using Validation::FieldCheck;

namespace {
QString shortSid(const QString &sid)
{
    return sid.size() > 12 ? sid.left(6) + u'…' + sid.right(4) : sid;
}

FieldCheck checkCaFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        return FieldCheck::ok();
    const QFileInfo info(path);
    if (!info.exists())
        return FieldCheck::wrong(AccountConfig::tr("There is no file %1.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return FieldCheck::wrong(AccountConfig::tr("%1 cannot be read.").arg(path));
    if (info.size() > 4 * 1024 * 1024)
        return FieldCheck::wrong(AccountConfig::tr("%1 is too large for a certificate file.").arg(path));
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()
        && QSslCertificate::fromPath(path, QSsl::Der).isEmpty()) {
        return FieldCheck::wrong(
            AccountConfig::tr("%1 holds no certificate (PEM or DER).").arg(path));
    }
    return FieldCheck::ok();
}
} // namespace

QString familyKey(ApiFamily family)
{
    return familyName(family).toLower();
}

std::optional<ApiFamily> familyFromKey(QStringView key)
{
    for (ApiFamily f : {ApiFamily::Twilio, ApiFamily::SignalWire, ApiFamily::Properties,
                        ApiFamily::Broadcast}) {
        if (key.compare(familyKey(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

AccountConfig AccountConfig::sandbox()
{
    AccountConfig c;
    c.id = u"sandbox"_s;
    c.name = tr("Sandbox (demo data)");
    c.origin = AccountOrigin::Sandbox;
    return c;
}

QString AccountConfig::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl twilioBaseUrl(const QString &region, const QString &edge)
{
    const QString r = region.trimmed().toLower();
    const QString e = edge.trimmed().toLower();
    QString host = u"api"_s;
    if (!e.isEmpty())
        host += u'.' + e + u'.' + (r.isEmpty() ? u"us1"_s : r);
    else if (!r.isEmpty())
        host += u'.' + r;
    host += u".twilio.com"_s;
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host);
    return url;
}

QUrl AccountConfig::baseUrl() const
{
    if (!server.trimmed().isEmpty()) {
        QUrl url(server.trimmed(), QUrl::StrictMode);
        url.setPath({});
        return url;
    }
    switch (family) {
    case ApiFamily::Twilio:
        return twilioBaseUrl(region, edge);
    case ApiFamily::SignalWire: {
        const QString name = Validation::signalWireSpaceName(space);
        if (name.isEmpty())
            return {};
        QUrl url;
        url.setScheme(u"https"_s);
        url.setHost(name + u".signalwire.com"_s);
        return url;
    }
    case ApiFamily::Properties:
    case ApiFamily::Broadcast:
        break;
    }
    return {};
}

QString AccountConfig::profileId() const
{
    switch (origin) {
    case AccountOrigin::Sandbox:
        return u"sandbox-"_s + familyKey(family);
    case AccountOrigin::Environment: // its id says which login it is (see accountsFromEnvironment)
    case AccountOrigin::Saved:
        break;
    }
    return generation <= 1 ? id : id + u'.' + QString::number(generation);
}

AccountProfile AccountConfig::profile() const
{
    AccountProfile p;
    p.id = profileId();
    p.displayName = name.trimmed();
    p.family = family;
    p.baseUrl = baseUrl();
    p.secret = secret;
    p.caFile = caFile.trimmed();
    switch (family) {
    case ApiFamily::Twilio:
        if (twilioAuth == TwilioAuth::ApiKey) {
            p.user = apiKeySid.trimmed();
            p.accountSid = accountSid.trimmed();
        } else {
            p.user = accountSid.trimmed();
        }
        break;
    case ApiFamily::SignalWire:
        p.user = accountSid.trimmed().toLower();
        break;
    case ApiFamily::Properties:
        p.user = accountSid.trimmed();
        break;
    case ApiFamily::Broadcast:
        break;
    }
    return p;
}

QString AccountConfig::identity() const
{
    if (isSandbox())
        return u"sandbox"_s;
    const QUrl url = baseUrl();
    const QString where = url.host().toLower() + u':' + QString::number(url.port(443));
    QString account = accountSid.trimmed();
    if (family == ApiFamily::SignalWire)
        account = account.toLower();
    return familyKey(family) + u'|' + where + u'|' + account;
}

QList<AccountField> AccountConfig::fields() const
{
    switch (family) {
    case ApiFamily::Twilio:
        if (twilioAuth == TwilioAuth::ApiKey) {
            return {AccountField::Name, AccountField::AccountSid, AccountField::ApiKeySid,
                    AccountField::Secret, AccountField::Region, AccountField::Edge,
                    AccountField::Server, AccountField::CaFile};
        }
        return {AccountField::Name,   AccountField::AccountSid, AccountField::Secret,
                AccountField::Region, AccountField::Edge,       AccountField::Server,
                AccountField::CaFile};
    case ApiFamily::SignalWire:
        return {AccountField::Name, AccountField::Space, AccountField::AccountSid,
                AccountField::Secret, AccountField::Server, AccountField::CaFile};
    case ApiFamily::Properties:
        return {AccountField::Name, AccountField::Server, AccountField::AccountSid,
                AccountField::Secret, AccountField::CaFile};
    case ApiFamily::Broadcast:
        return {AccountField::Name, AccountField::Server, AccountField::Secret,
                AccountField::CaFile};
    }
    return {AccountField::Name};
}

FieldCheck AccountConfig::check(AccountField field, const QStringList &otherNames) const
{
    using namespace Validation;
    const bool twilioKey = family == ApiFamily::Twilio && twilioAuth == TwilioAuth::ApiKey;
    switch (field) {
    case AccountField::Name:
        return checkAccountName(name, otherNames);
    case AccountField::AccountSid:
        switch (family) {
        case ApiFamily::Twilio: return checkTwilioAccountSid(accountSid);
        case ApiFamily::SignalWire: return checkProjectId(accountSid);
        case ApiFamily::Properties: return checkPropertiesAccountSid(accountSid);
        case ApiFamily::Broadcast: return FieldCheck::ok();
        }
        break;
    case AccountField::ApiKeySid:
        return twilioKey ? checkTwilioApiKeySid(apiKeySid) : FieldCheck::ok();
    case AccountField::Secret:
        if (family == ApiFamily::Twilio)
            return twilioKey ? checkTwilioApiKeySecret(secret) : checkTwilioAuthToken(secret);
        return checkSecret(secret);
    case AccountField::Region:
        return family == ApiFamily::Twilio ? checkTwilioRegion(region) : FieldCheck::ok();
    case AccountField::Edge:
        return family == ApiFamily::Twilio ? checkTwilioEdge(edge) : FieldCheck::ok();
    case AccountField::Space:
        // With a server of its own (a test server) the space names nothing.
        if (family != ApiFamily::SignalWire
            || (!server.trimmed().isEmpty() && space.trimmed().isEmpty())) {
            return FieldCheck::ok();
        }
        return checkSignalWireSpace(space);
    case AccountField::Server:
        if (server.trimmed().isEmpty()
            && (family == ApiFamily::Twilio || family == ApiFamily::SignalWire)) {
            return FieldCheck::ok();
        }
        return checkApiBaseUrl(server);
    case AccountField::CaFile:
        return checkCaFile(caFile.trimmed());
    }
    return FieldCheck::ok();
}

QList<AccountProblem> AccountConfig::problems(const QStringList &otherNames) const
{
    QList<AccountProblem> result;
    if (isSandbox())
        return result;
    for (AccountField field : fields()) {
        const FieldCheck c = check(field, otherNames);
        if (!c.isOk())
            result.append({field, c});
    }
    return result;
}

QString AccountConfig::secretLabel() const
{
    switch (family) {
    case ApiFamily::Twilio:
        return twilioAuth == TwilioAuth::ApiKey ? tr("API key secret") : tr("Auth token");
    case ApiFamily::SignalWire:
        return tr("API token");
    case ApiFamily::Properties:
        return tr("Auth token");
    case ApiFamily::Broadcast:
        return tr("API key");
    }
    return {};
}

QString AccountConfig::userLabel() const
{
    switch (family) {
    case ApiFamily::Twilio:
    case ApiFamily::Properties:
        return tr("Account SID");
    case ApiFamily::SignalWire:
        return tr("Project ID");
    case ApiFamily::Broadcast:
        break;
    }
    return {};
}

QString AccountConfig::summary() const
{
    if (isSandbox())
        return tr("Local sandbox with demo data; changes stay on this computer");
    QStringList parts{familyName(family)};
    if (!accountSid.trimmed().isEmpty())
        parts << shortSid(accountSid.trimmed());
    if (family == ApiFamily::Twilio && twilioAuth == TwilioAuth::ApiKey)
        parts << tr("API key %1").arg(shortSid(apiKeySid.trimmed()));
    const QUrl url = baseUrl();
    if (url.isValid() && !url.host().isEmpty())
        parts << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    if (isEnvironment())
        parts << tr("from %1").arg(sourceVariables.join(u", "_s));
    return parts.join(u" · "_s);
}

QList<AccountConfig> accountsFromEnvironment(const QProcessEnvironment &env)
{
    QList<AccountConfig> result;
    const auto value = [&env](const char *name) {
        return env.value(QString::fromLatin1(name)).trimmed();
    };

    if (const QString sid = value("TWILIO_ACCOUNT_SID"); !sid.isEmpty()) {
        AccountConfig c;
        // The same variables next time are the same account, and keeping it among the saved
        // ones keeps its id: its drafts stay its own.
        c.id = u"env-twilio-"_s + sid;
        c.name = AccountConfig::tr("Twilio (environment)");
        c.family = ApiFamily::Twilio;
        c.origin = AccountOrigin::Environment;
        c.accountSid = sid;
        c.sourceVariables << u"TWILIO_ACCOUNT_SID"_s;
        if (!value("TWILIO_API_KEY").isEmpty() || !value("TWILIO_API_SECRET").isEmpty()) {
            c.twilioAuth = TwilioAuth::ApiKey;
            c.apiKeySid = value("TWILIO_API_KEY");
            c.secret = value("TWILIO_API_SECRET");
            c.sourceVariables << u"TWILIO_API_KEY"_s << u"TWILIO_API_SECRET"_s;
        } else {
            c.secret = value("TWILIO_AUTH_TOKEN");
            c.sourceVariables << u"TWILIO_AUTH_TOKEN"_s;
        }
        c.region = value("TWILIO_REGION");
        c.edge = value("TWILIO_EDGE");
        if (!c.region.isEmpty())
            c.sourceVariables << u"TWILIO_REGION"_s;
        if (!c.edge.isEmpty())
            c.sourceVariables << u"TWILIO_EDGE"_s;
        result << c;
    }

    if (const QString project = value("SIGNALWIRE_PROJECT_ID"); !project.isEmpty()) {
        AccountConfig c;
        c.id = u"env-signalwire-"_s + project.toLower();
        c.name = AccountConfig::tr("SignalWire (environment)");
        c.family = ApiFamily::SignalWire;
        c.origin = AccountOrigin::Environment;
        c.accountSid = project;
        c.secret = value("SIGNALWIRE_TOKEN");
        const QString space = value("SIGNALWIRE_SPACE_URL");
        // "example.signalwire.com" as SignalWire's tools take it; a full URL of another
        // server (a test server) is used as the server.
        if (space.contains(u"://") && Validation::signalWireSpaceName(space).isEmpty())
            c.server = space;
        else
            c.space = space;
        c.sourceVariables << u"SIGNALWIRE_PROJECT_ID"_s << u"SIGNALWIRE_TOKEN"_s
                          << u"SIGNALWIRE_SPACE_URL"_s;
        result << c;
    }
    return result;
}
