// AccountConfig: the host built from a Twilio region and edge, the profile each family's
// words become, what counts as another login, accounts from the providers' variables, and
// the account list in QSettings without a secret.
#include "accounts/accountconfig.h"
#include "accounts/accountsettings.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString twilioSid = u"AC0123456789abcdef0123456789abcdef"_s;
const QString keySid = u"SKfedcba9876543210fedcba9876543210"_s;
const QString token = u"00112233445566778899aabbccddeeff"_s;
const QString keySecret = u"Zq8RkL2mN4pW6tY0uV3xB5cD7eF9gH1j"_s;
const QString projectId = u"a1b2c3d4-0000-4000-8000-1234567890ab"_s;

AccountConfig twilio()
{
    AccountConfig c;
    c.id = u"7d1c1f8e-0000-4000-8000-000000000001"_s;
    c.name = u"Acme production"_s;
    c.family = ApiFamily::Twilio;
    c.accountSid = twilioSid;
    c.secret = token;
    return c;
}
} // namespace

class tst_AccountConfig final : public QObject
{
    Q_OBJECT

private slots:
    void twilioHost_data();
    void twilioHost();
    void profiles();
    void problemsPerFamily_data();
    void problemsPerFamily();
    void identity();
    void environment();
    void environmentApiKeyWins();
    void environmentIncomplete();
    void settingsKeepNoSecret();
    void retiredProfiles();
};

void tst_AccountConfig::twilioHost_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("edge");
    QTest::addColumn<QString>("host");
    QTest::newRow("neither") << QString() << QString() << u"api.twilio.com"_s;
    QTest::newRow("region alone") << u"ie1"_s << QString() << u"api.ie1.twilio.com"_s;
    QTest::newRow("edge alone: region us1") << QString() << u"ashburn"_s << u"api.ashburn.us1.twilio.com"_s;
    QTest::newRow("both") << u"au1"_s << u"sydney"_s << u"api.sydney.au1.twilio.com"_s;
    QTest::newRow("typed with spaces and capitals") << u" IE1 "_s << u"Dublin"_s << u"api.dublin.ie1.twilio.com"_s;
}

void tst_AccountConfig::twilioHost()
{
    QFETCH(QString, region);
    QFETCH(QString, edge);
    QFETCH(QString, host);
    const QUrl url = twilioBaseUrl(region, edge);
    QCOMPARE(url.scheme(), u"https"_s);
    QCOMPARE(url.host(), host);

    AccountConfig c = twilio();
    c.region = region;
    c.edge = edge;
    QCOMPARE(c.profile().baseUrl.host(), host);
    QCOMPARE(c.profile().baseUrl.scheme(), u"https"_s);
}

void tst_AccountConfig::profiles()
{
    // Twilio with the auth token: the account SID signs in and is the path's account.
    AccountProfile p = twilio().profile();
    QCOMPARE(p.family, ApiFamily::Twilio);
    QCOMPARE(p.user, twilioSid);
    QCOMPARE(p.pathAccount(), twilioSid);
    QCOMPARE(p.secret, token);
    QCOMPARE(p.displayName, u"Acme production"_s);
    QCOMPARE(p.id, twilio().id);

    // With an API key: SK… signs in, AC… stays in the path.
    AccountConfig key = twilio();
    key.twilioAuth = TwilioAuth::ApiKey;
    key.apiKeySid = keySid;
    key.secret = keySecret;
    p = key.profile();
    QCOMPARE(p.user, keySid);
    QCOMPARE(p.pathAccount(), twilioSid);
    QCOMPARE(p.secret, keySecret);

    // SignalWire: the space is the host.
    AccountConfig sw;
    sw.id = u"sw"_s;
    sw.family = ApiFamily::SignalWire;
    sw.space = u"acme.signalwire.com"_s;
    sw.accountSid = projectId.toUpper();
    sw.secret = u"PT1234"_s;
    p = sw.profile();
    QCOMPARE(p.baseUrl, QUrl(u"https://acme.signalwire.com"_s));
    QCOMPARE(p.user, projectId);

    // Properties and Broadcast name their server; a trailing slash is dropped.
    AccountConfig props;
    props.id = u"props"_s;
    props.family = ApiFamily::Properties;
    props.server = u"https://props.example.com/"_s;
    props.accountSid = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"_s;
    props.secret = u"tok"_s;
    QCOMPARE(props.profile().baseUrl, QUrl(u"https://props.example.com"_s));
    QCOMPARE(props.profile().user, props.accountSid);

    AccountConfig broadcast;
    broadcast.family = ApiFamily::Broadcast;
    broadcast.server = u"http://127.0.0.1:8080"_s;
    broadcast.secret = u"bk_live_1"_s;
    QVERIFY(broadcast.profile().user.isEmpty());
    QCOMPARE(broadcast.profile().secret, u"bk_live_1"_s);

    // A server of its own replaces the provider's host (a test server, the sandbox).
    AccountConfig local = twilio();
    local.server = u"http://127.0.0.1:4000"_s;
    local.region = u"ie1"_s;
    QCOMPARE(local.profile().baseUrl, QUrl(u"http://127.0.0.1:4000"_s));

    // The CA file travels with the profile.
    local.caFile = u"/etc/ssl/corp.pem"_s;
    QCOMPARE(local.profile().caFile, u"/etc/ssl/corp.pem"_s);

    // Profile ids: the generation tells logins of the same account apart.
    AccountConfig next = twilio();
    next.generation = 3;
    QCOMPARE(next.profileId(), twilio().id + u".3"_s);
}

void tst_AccountConfig::problemsPerFamily_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QStringList>("expectedFields"); // AccountField names with problems, empty config
    // An empty config of each family says what is missing, in its own words.
    QTest::newRow("twilio") << int(ApiFamily::Twilio) << QStringList{u"name"_s, u"sid"_s, u"secret"_s};
    QTest::newRow("signalwire") << int(ApiFamily::SignalWire) << QStringList{u"name"_s, u"space"_s, u"sid"_s, u"secret"_s};
    QTest::newRow("properties") << int(ApiFamily::Properties) << QStringList{u"name"_s, u"server"_s, u"sid"_s, u"secret"_s};
    QTest::newRow("broadcast") << int(ApiFamily::Broadcast) << QStringList{u"name"_s, u"server"_s, u"secret"_s};
}

void tst_AccountConfig::problemsPerFamily()
{
    QFETCH(int, family);
    QFETCH(QStringList, expectedFields);
    AccountConfig c;
    c.family = ApiFamily(family);
    const auto fieldName = [](AccountField f) {
        switch (f) {
        case AccountField::Name: return u"name"_s;
        case AccountField::AccountSid: return u"sid"_s;
        case AccountField::ApiKeySid: return u"key"_s;
        case AccountField::Secret: return u"secret"_s;
        case AccountField::Region: return u"region"_s;
        case AccountField::Edge: return u"edge"_s;
        case AccountField::Space: return u"space"_s;
        case AccountField::Server: return u"server"_s;
        case AccountField::CaFile: return u"ca"_s;
        }
        return QString();
    };
    QStringList fields;
    for (const AccountProblem &p : c.problems()) {
        fields << fieldName(p.field);
        QVERIFY(!p.check.reason.isEmpty());
    }
    QCOMPARE(fields, expectedFields);

    // A non-loopback http server is refused for every family that takes one.
    c.server = u"http://api.example.com"_s;
    QVERIFY(!c.check(AccountField::Server).isOk());
    QVERIFY(c.check(AccountField::Server).reason.contains(u"https"_s));

    // A CA file that is not one says so.
    QTemporaryDir dir;
    const QString notPem = dir.filePath(u"ca.txt"_s);
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate");
    file.close();
    c.caFile = notPem;
    QVERIFY(c.check(AccountField::CaFile).reason.contains(u"no certificate"_s));
    c.caFile = dir.filePath(u"missing.pem"_s);
    QVERIFY(c.check(AccountField::CaFile).reason.contains(u"no file"_s));
}

void tst_AccountConfig::identity()
{
    const AccountConfig a = twilio();
    AccountConfig b = a;
    b.name = u"Renamed"_s;
    b.secret = u"ffffffffffffffffffffffffffffffff"_s; // a rotated token: the same login
    QCOMPARE(b.identity(), a.identity());
    b.caFile = u"/tmp/ca.pem"_s;
    QCOMPARE(b.identity(), a.identity());
    b.twilioAuth = TwilioAuth::ApiKey; // the same account through a key
    b.apiKeySid = keySid;
    QCOMPARE(b.identity(), a.identity());

    AccountConfig region = a;
    region.region = u"ie1"_s; // another region's data is another account
    QVERIFY(region.identity() != a.identity());
    AccountConfig other = a;
    other.accountSid = u"AC"_s + QString(32, u'1');
    QVERIFY(other.identity() != a.identity());
    AccountConfig server = a;
    server.server = u"https://twilio.internal.example.com"_s;
    QVERIFY(server.identity() != a.identity());
}

void tst_AccountConfig::environment()
{
    QProcessEnvironment env;
    env.insert(u"TWILIO_ACCOUNT_SID"_s, twilioSid);
    env.insert(u"TWILIO_AUTH_TOKEN"_s, token);
    env.insert(u"TWILIO_REGION"_s, u"ie1"_s);
    env.insert(u"TWILIO_EDGE"_s, u"dublin"_s);
    env.insert(u"SIGNALWIRE_PROJECT_ID"_s, projectId);
    env.insert(u"SIGNALWIRE_TOKEN"_s, u"PTabc123"_s);
    env.insert(u"SIGNALWIRE_SPACE_URL"_s, u"acme.signalwire.com"_s);
    env.insert(u"UNRELATED"_s, u"x"_s);

    const QList<AccountConfig> accounts = accountsFromEnvironment(env);
    QCOMPARE(accounts.size(), 2);
    const AccountConfig &t = accounts.at(0);
    QCOMPARE(t.origin, AccountOrigin::Environment);
    QCOMPARE(t.family, ApiFamily::Twilio);
    QCOMPARE(t.twilioAuth, TwilioAuth::AuthToken);
    QCOMPARE(t.profile().user, twilioSid);
    QCOMPARE(t.profile().secret, token);
    QCOMPARE(t.profile().baseUrl.host(), u"api.dublin.ie1.twilio.com"_s);
    QVERIFY(t.problems().isEmpty());
    QVERIFY(t.summary().contains(u"TWILIO_ACCOUNT_SID"_s)); // shown as such
    QCOMPARE(t.profileId(), u"env-twilio-"_s + twilioSid);

    const AccountConfig &s = accounts.at(1);
    QCOMPARE(s.family, ApiFamily::SignalWire);
    QCOMPARE(s.profile().baseUrl, QUrl(u"https://acme.signalwire.com"_s));
    QCOMPARE(s.profile().user, projectId);
    QVERIFY(s.problems().isEmpty());

    // A space URL that is a whole address of another server is used as the server.
    env.insert(u"SIGNALWIRE_SPACE_URL"_s, u"http://127.0.0.1:9000"_s);
    const AccountConfig local = accountsFromEnvironment(env).at(1);
    QCOMPARE(local.profile().baseUrl, QUrl(u"http://127.0.0.1:9000"_s));
    QVERIFY(local.problems().isEmpty());

    QVERIFY(accountsFromEnvironment(QProcessEnvironment()).isEmpty());
}

void tst_AccountConfig::environmentApiKeyWins()
{
    QProcessEnvironment env;
    env.insert(u"TWILIO_ACCOUNT_SID"_s, twilioSid);
    env.insert(u"TWILIO_AUTH_TOKEN"_s, token);
    env.insert(u"TWILIO_API_KEY"_s, keySid);
    env.insert(u"TWILIO_API_SECRET"_s, keySecret);
    const AccountConfig t = accountsFromEnvironment(env).value(0);
    QCOMPARE(t.twilioAuth, TwilioAuth::ApiKey);
    QCOMPARE(t.profile().user, keySid);
    QCOMPARE(t.profile().secret, keySecret);
    QCOMPARE(t.profile().pathAccount(), twilioSid);
}

void tst_AccountConfig::environmentIncomplete()
{
    QProcessEnvironment env;
    env.insert(u"TWILIO_ACCOUNT_SID"_s, u"not-a-sid"_s);
    const QList<AccountConfig> accounts = accountsFromEnvironment(env);
    QCOMPARE(accounts.size(), 1);
    const QList<AccountProblem> problems = accounts.first().problems();
    QCOMPARE(problems.size(), 2); // the SID is wrong, the token missing
    QCOMPARE(problems.at(0).field, AccountField::AccountSid);
    QCOMPARE(problems.at(1).field, AccountField::Secret);
}

void tst_AccountConfig::settingsKeepNoSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"switchboard.ini"_s);
    AccountConfig key = twilio();
    key.twilioAuth = TwilioAuth::ApiKey;
    key.apiKeySid = keySid;
    key.secret = keySecret;
    key.region = u"au1"_s;
    key.edge = u"sydney"_s;
    key.generation = 2;
    AccountConfig sw;
    sw.id = AccountConfig::newId();
    sw.name = u"SignalWire staging"_s;
    sw.family = ApiFamily::SignalWire;
    sw.space = u"acme"_s;
    sw.accountSid = projectId;
    sw.secret = u"PTsecretsecretsecret"_s;
    AccountConfig env = sw;
    env.origin = AccountOrigin::Environment;
    env.id = u"env-signalwire"_s;
    {
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(!AccountSettings::load(settings).initialized);
        AccountSettings::save(settings, {AccountConfig::sandbox(), key, sw, env});
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains(keySecret.toUtf8()));
    QVERIFY(!written.contains(sw.secret.toUtf8()));
    QVERIFY(written.contains(keySid.toUtf8())); // a key SID is not a secret

    QSettings settings(path, QSettings::IniFormat);
    const AccountSettings::Loaded loaded = AccountSettings::load(settings);
    QVERIFY(loaded.initialized);
    QCOMPARE(loaded.accounts.size(), 3); // the environment's is not saved
    QVERIFY(loaded.accounts.at(0).isSandbox());
    const AccountConfig &k = loaded.accounts.at(1);
    QCOMPARE(k.id, key.id);
    QCOMPARE(k.name, key.name);
    QCOMPARE(k.twilioAuth, TwilioAuth::ApiKey);
    QCOMPARE(k.apiKeySid, keySid);
    QCOMPARE(k.accountSid, twilioSid);
    QCOMPARE(k.region, u"au1"_s);
    QCOMPARE(k.edge, u"sydney"_s);
    QCOMPARE(k.generation, 2);
    QVERIFY(k.secret.isEmpty());
    QCOMPARE(k.profileId(), key.profileId());
    QCOMPARE(loaded.accounts.at(2).space, u"acme"_s);
    QCOMPARE(loaded.accounts.at(2).family, ApiFamily::SignalWire);
}

void tst_AccountConfig::retiredProfiles()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    RetiredProfile r;
    r.profileId = u"abc"_s;
    r.accountName = u"Acme"_s;
    r.family = ApiFamily::Properties;
    r.reason = RetiredProfile::Reason::Removed;
    r.retiredAt = QDateTime::currentDateTimeUtc();
    AccountSettings::addRetiredProfile(settings, r);
    r.profileId = u"def"_s;
    r.reason = RetiredProfile::Reason::LoginChanged;
    AccountSettings::addRetiredProfile(settings, r);
    QList<RetiredProfile> all = AccountSettings::retiredProfiles(settings);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).family, ApiFamily::Properties);
    QCOMPARE(all.at(0).reason, RetiredProfile::Reason::Removed);
    QVERIFY(all.at(0).explanation().contains(u"Acme"_s));
    QVERIFY(all.at(0).explanation().contains(u"removed"_s));
    QCOMPARE(all.at(1).reason, RetiredProfile::Reason::LoginChanged);

    AccountSettings::forgetRetiredProfiles(settings, {u"abc"_s});
    all = AccountSettings::retiredProfiles(settings);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().profileId, u"def"_s);
}

QTEST_GUILESS_MAIN(tst_AccountConfig)
#include "tst_accountconfig.moc"
