#include "accountsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString listKey = u"Accounts/list"_s;
const QString initializedKey = u"Accounts/initialized"_s;
const QString retiredKey = u"Accounts/retired"_s;
constexpr int maxRetired = 500; // oldest forgotten first; their drafts then say less

QString originKey(AccountOrigin origin)
{
    switch (origin) {
    case AccountOrigin::Saved: return u"saved"_s;
    case AccountOrigin::Environment: return u"environment"_s;
    case AccountOrigin::Sandbox: return u"sandbox"_s;
    }
    return {};
}

QString reasonKey(RetiredProfile::Reason reason)
{
    return reason == RetiredProfile::Reason::Removed ? u"removed"_s : u"login-changed"_s;
}
} // namespace

QString RetiredProfile::explanation() const
{
    switch (reason) {
    case Reason::Removed:
        return tr("Its account “%1” was removed. Move it to another %2 account, or export it.")
            .arg(accountName, familyName(family));
    case Reason::LoginChanged:
        return tr("The account “%1” now signs in to another account or server than when this "
                  "was written. Move it to the account you mean (the same one if that is "
                  "right), or export it.")
            .arg(accountName);
    }
    return {};
}

namespace AccountSettings {

Loaded load(QSettings &settings)
{
    Loaded loaded;
    loaded.initialized = settings.value(initializedKey, false).toBool();
    const int size = settings.beginReadArray(listKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        AccountConfig c;
        c.id = settings.value(u"id"_s).toString();
        if (c.id.isEmpty())
            continue;
        const QString origin = settings.value(u"origin"_s).toString();
        if (origin == originKey(AccountOrigin::Sandbox)) {
            loaded.accounts << AccountConfig::sandbox();
            continue;
        }
        const std::optional<ApiFamily> family =
            familyFromKey(settings.value(u"family"_s).toString());
        if (!family || origin != originKey(AccountOrigin::Saved))
            continue; // written by a newer version: left alone by this one
        c.family = *family;
        c.origin = AccountOrigin::Saved;
        c.name = settings.value(u"name"_s).toString();
        c.accountSid = settings.value(u"accountSid"_s).toString();
        c.twilioAuth = settings.value(u"twilioAuth"_s).toString() == u"api-key"_s
                           ? TwilioAuth::ApiKey
                           : TwilioAuth::AuthToken;
        c.apiKeySid = settings.value(u"apiKeySid"_s).toString();
        c.region = settings.value(u"region"_s).toString();
        c.edge = settings.value(u"edge"_s).toString();
        c.space = settings.value(u"space"_s).toString();
        c.server = settings.value(u"server"_s).toString();
        c.caFile = settings.value(u"caFile"_s).toString();
        c.generation = std::max(1, settings.value(u"generation"_s, 1).toInt());
        loaded.accounts << c;
    }
    settings.endArray();
    return loaded;
}

void save(QSettings &settings, const QList<AccountConfig> &accounts)
{
    settings.remove(listKey);
    settings.beginWriteArray(listKey);
    int i = 0;
    for (const AccountConfig &c : accounts) {
        if (c.origin == AccountOrigin::Environment)
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(u"id"_s, c.id);
        settings.setValue(u"origin"_s, originKey(c.origin));
        if (c.isSandbox())
            continue;
        settings.setValue(u"family"_s, familyKey(c.family));
        settings.setValue(u"name"_s, c.name.trimmed());
        settings.setValue(u"accountSid"_s, c.accountSid.trimmed());
        if (c.family == ApiFamily::Twilio) {
            settings.setValue(u"twilioAuth"_s,
                              c.twilioAuth == TwilioAuth::ApiKey ? u"api-key"_s : u"auth-token"_s);
            if (c.twilioAuth == TwilioAuth::ApiKey)
                settings.setValue(u"apiKeySid"_s, c.apiKeySid.trimmed());
            settings.setValue(u"region"_s, c.region.trimmed());
            settings.setValue(u"edge"_s, c.edge.trimmed());
        }
        if (c.family == ApiFamily::SignalWire)
            settings.setValue(u"space"_s, c.space.trimmed());
        settings.setValue(u"server"_s, c.server.trimmed());
        settings.setValue(u"caFile"_s, c.caFile.trimmed());
        settings.setValue(u"generation"_s, c.generation);
        // The secret is deliberately not here: see SecretStore.
    }
    settings.endArray();
    settings.setValue(initializedKey, true);
}

QList<RetiredProfile> retiredProfiles(QSettings &settings)
{
    QList<RetiredProfile> result;
    const int size = settings.beginReadArray(retiredKey);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        RetiredProfile r;
        r.profileId = settings.value(u"profile"_s).toString();
        r.accountName = settings.value(u"name"_s).toString();
        r.family = familyFromKey(settings.value(u"family"_s).toString()).value_or(ApiFamily::Twilio);
        r.reason = settings.value(u"reason"_s).toString() == reasonKey(RetiredProfile::Reason::Removed)
                       ? RetiredProfile::Reason::Removed
                       : RetiredProfile::Reason::LoginChanged;
        r.retiredAt = settings.value(u"at"_s).toDateTime();
        if (!r.profileId.isEmpty())
            result << r;
    }
    settings.endArray();
    return result;
}

namespace {
void writeRetired(QSettings &settings, QList<RetiredProfile> all)
{
    while (all.size() > maxRetired)
        all.removeFirst();
    settings.remove(retiredKey);
    settings.beginWriteArray(retiredKey);
    for (int i = 0; i < all.size(); ++i) {
        settings.setArrayIndex(i);
        const RetiredProfile &r = all.at(i);
        settings.setValue(u"profile"_s, r.profileId);
        settings.setValue(u"name"_s, r.accountName);
        settings.setValue(u"family"_s, familyKey(r.family));
        settings.setValue(u"reason"_s, reasonKey(r.reason));
        settings.setValue(u"at"_s, r.retiredAt);
    }
    settings.endArray();
}
} // namespace

void addRetiredProfile(QSettings &settings, const RetiredProfile &profile)
{
    QList<RetiredProfile> all = retiredProfiles(settings);
    all.removeIf([&profile](const RetiredProfile &r) { return r.profileId == profile.profileId; });
    all << profile;
    writeRetired(settings, all);
}

void forgetRetiredProfiles(QSettings &settings, const QStringList &profileIds)
{
    QList<RetiredProfile> all = retiredProfiles(settings);
    const qsizetype before = all.size();
    all.removeIf([&profileIds](const RetiredProfile &r) { return profileIds.contains(r.profileId); });
    if (all.size() != before)
        writeRetired(settings, all);
}

} // namespace AccountSettings
