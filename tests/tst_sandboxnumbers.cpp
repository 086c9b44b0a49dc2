// The sandbox's Twilio and SignalWire numbers, over real HTTP to an in-process server: every
// route under every prefix, searching the inventory, buying, updating and releasing, every
// error code of the contract, the test values, and every response checked field by field
// against Twilio's OpenAPI description (tests/data/twilio_api_v2010_numbers.json, read at
// test time) or, for SignalWire, against its document's fields.

#include "demoseed.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

#ifndef TWILIO_SPEC
#error "TWILIO_SPEC must name twilio_api_v2010_numbers.json"
#endif

namespace {

// The three ways to reach a numbers account.
enum class Prefix {
    Twilio,           // /2010-04-01/Accounts/AC…
    SignalWireLaml,   // /api/laml/2010-04-01/Accounts/{ProjectId}
    SignalWireTwilio, // /2010-04-01/Accounts/{ProjectId}, as SignalWire's helper library sends
};

enum class Credentials { Right, Wrong, None };

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    int code() const { return json.value(u"code"_s).toInt(); }
    QString message() const { return json.value(u"message"_s).toString(); }
};

using Form = QList<QPair<QString, QString>>;

QByteArray encodeForm(const Form &form)
{
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QString encodeQuery(const Form &items)
{
    return QString::fromLatin1(encodeForm(items));
}

bool isFamilySignalWire(Prefix prefix)
{
    return prefix != Prefix::Twilio;
}

QString hex32(QChar fill)
{
    return QString(32, fill);
}

// A well-formed SID of the family for a SID parameter: Twilio prefix + 32 hex, or a v4 UUID.
QString sidFor(Prefix prefix, const QString &twilioPrefix, QChar fill = u'a')
{
    if (isFamilySignalWire(prefix))
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    return twilioPrefix + hex32(fill);
}

// `server` on the new folder `dir` with `numbers` demo numbers an account.
bool startDemo(SandboxServer &server, const QTemporaryDir &dir, int numbers, QString *error)
{
    if (!dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    SandboxOptions options;
    options.dataDir = dir.path();
    options.seed = u"demo"_s;
    options.numbers = numbers;
    return server.start(options, error);
}

bool isV4Uuid(const QString &text)
{
    static const QRegularExpression form(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    const QUuid uuid = QUuid::fromString(text);
    return form.match(text).hasMatch() && uuid.version() == QUuid::Random
           && uuid.variant() == QUuid::DCE;
}

// --- Twilio's OpenAPI description ------------------------------------------------------

// Reads twilio_api_v2010_numbers.json and checks JSON values against its schemas: every
// property present, with its type, nullability, enum, pattern, lengths and date format.
class OpenApiSpec
{
public:
    bool load(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1"_s.arg(path);
            return false;
        }
        QJsonParseError parseError;
        m_root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        if (parseError.error != QJsonParseError::NoError || m_root.isEmpty()) {
            *error = u"%1 is not JSON: %2"_s.arg(path, parseError.errorString());
            return false;
        }
        return true;
    }

    QJsonObject operation(const QString &path, const QString &method) const
    {
        return m_root.value(u"paths"_s).toObject().value(path).toObject().value(method).toObject();
    }

    // The success response of an operation: its status code and schema.
    QJsonObject successSchema(const QString &path, const QString &method, int *status) const
    {
        const QJsonObject responses = operation(path, method).value(u"responses"_s).toObject();
        for (auto it = responses.begin(); it != responses.end(); ++it) {
            const int code = it.key().toInt();
            if (code >= 200 && code < 300) {
                *status = code;
                return it.value().toObject().value(u"content"_s).toObject()
                    .value(u"application/json"_s).toObject().value(u"schema"_s).toObject();
            }
        }
        *status = 0;
        return {};
    }

    QJsonObject schema(const QString &name) const
    {
        return m_root.value(u"components"_s).toObject().value(u"schemas"_s).toObject()
            .value(name).toObject();
    }

    QJsonObject resolve(QJsonObject s) const
    {
        while (s.contains(u"$ref"_s)) {
            const QString ref = s.value(u"$ref"_s).toString();
            s = schema(ref.section(u'/', -1));
        }
        return s;
    }

    // Every way `value` breaks `schema`, each naming where.
    QStringList problems(const QJsonValue &value, const QJsonObject &unresolved,
                         const QString &where) const
    {
        const QJsonObject s = resolve(unresolved);
        QStringList out;
        if (value.isUndefined())
            return {where + u": missing"_s};
        if (value.isNull()) {
            if (!s.value(u"nullable"_s).toBool())
                out << where + u": null, but the spec does not allow null"_s;
            return out;
        }
        const QString type = s.value(u"type"_s).toString();
        if (type == u"string") {
            if (!value.isString())
                return {where + u": expected a string"_s};
            const QString text = value.toString();
            const QJsonArray choices = s.value(u"enum"_s).toArray();
            if (!choices.isEmpty() && !choices.contains(text))
                out << where + u": \"%1\" is not one of the enum"_s.arg(text);
            if (s.contains(u"pattern"_s)
                && !QRegularExpression(s.value(u"pattern"_s).toString()).match(text).hasMatch()) {
                out << where + u": \"%1\" does not match %2"_s.arg(text, s.value(u"pattern"_s).toString());
            }
            if (s.contains(u"minLength"_s) && text.size() < s.value(u"minLength"_s).toInt())
                out << where + u": shorter than minLength"_s;
            if (s.contains(u"maxLength"_s) && text.size() > s.value(u"maxLength"_s).toInt())
                out << where + u": longer than maxLength"_s;
            if (s.value(u"format"_s).toString() == u"date-time-rfc-2822"
                && !QDateTime::fromString(text, Qt::RFC2822Date).isValid()) {
                out << where + u": \"%1\" is not an RFC 2822 date"_s.arg(text);
            }
        } else if (type == u"boolean") {
            if (!value.isBool())
                out << where + u": expected a boolean"_s;
        } else if (type == u"integer") {
            if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())))
                out << where + u": expected an integer"_s;
        } else if (type == u"number") {
            if (!value.isDouble())
                out << where + u": expected a number"_s;
        } else if (type == u"array") {
            if (!value.isArray())
                return {where + u": expected an array"_s};
            const QJsonArray items = value.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                out << problems(items.at(i), s.value(u"items"_s).toObject(),
                                where + u"[%1]"_s.arg(i));
            }
        } else if (type == u"object") {
            if (!value.isObject())
                return {where + u": expected an object"_s};
            const QJsonObject object = value.toObject();
            const QJsonObject properties = s.value(u"properties"_s).toObject();
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                out << problems(object.value(it.key()), it.value().toObject(),
                                where + u"."_s + it.key());
            }
        }
        return out;
    }

    QStringList propertyNames(const QString &schemaName) const
    {
        return schema(schemaName).value(u"properties"_s).toObject().keys();
    }

private:
    QJsonObject m_root;
};

const QString specPrefix = u"/2010-04-01/Accounts/{AccountSid}"_s;

} // namespace

Q_DECLARE_METATYPE(Prefix)

class tst_SandboxNumbers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // routes and shapes
    void everyRouteOnEveryPrefix_data();
    void everyRouteOnEveryPrefix();
    void searchMatchesTheSpec_data();
    void searchMatchesTheSpec();
    void countriesMatchTheSpec();
    void purchaseMatchesTheSpec_data();
    void purchaseMatchesTheSpec();
    void readUpdateAndListMatchTheSpec();
    void signalwireShape_data();
    void signalwireShape();
    void demoSignalWireSidsAreV4Uuids();
    void foreignNumbersMatchTheSpec_data();
    void foreignNumbersMatchTheSpec();
    void demoDataShowsEveryProblem();
    void demoDataIsTheSameOnEveryRun();
    void seedRestoresIndexesAndWal();

    // searching
    void searchFilters_data();
    void searchFilters();
    void searchContainsLettersAndWildcards();
    void searchNearNumberAndLatLong();
    void searchIsAtMost30WithoutNextPage();
    void searchErrors_data();
    void searchErrors();
    void inventoryOnAnEmptyFolder();

    // buying
    void purchaseDefaults_data();
    void purchaseDefaults();
    void purchaseStoresEveryParameter_data();
    void purchaseStoresEveryParameter();
    void purchaseValidation_data();
    void purchaseValidation();
    void testValues_data();
    void testValues();
    void boughtNumberLeavesTheInventory();
    void inventoryRunsOutAndComesBack();
    void addressRequired();
    void foreignNumberNeedsItsAddress();
    void areaCodeLeftWithAddressNumbersOnly();
    void alreadyOwnedIsRecognisable();
    void typedPathsBuyAndListOnlyTheirType();

    // configuring and releasing
    void updateStoresEveryParameter_data();
    void updateStoresEveryParameter();
    void updateValidationChangesNothing_data();
    void updateValidationChangesNothing();
    void trunkAndApplicationClearEachOther_data();
    void trunkAndApplicationClearEachOther();
    void updateAccountSid();
    void unknownSidIs20404_data();
    void unknownSidIs20404();
    void releaseReturnsTheNumber_data();
    void releaseReturnsTheNumber();
    void releasedDemoNumberJoinsTheInventory();

    // errors of the HTTP layer on the new routes
    void authenticationOnNewRoutes_data();
    void authenticationOnNewRoutes();
    void throttleOnNewRoutes();
    void lostAnswerPurchaseIsStoredOnce();
    void lateCommitCarriesTheCreateOutLater();
    void subaccountHasItsOwnNumbers();
    void restartKeepsTheInventory();
    void olderDataFolderIsUpgraded();

private:
    Answer send(const QByteArray &verb, const QString &pathAndQuery, Prefix prefix,
                const QByteArray &body = {}, Credentials credentials = Credentials::Right);
    Answer get(Prefix prefix, const QString &relative)
    {
        return send("GET", this->prefix(prefix) + relative, prefix);
    }
    Answer post(Prefix prefix, const QString &relative, const Form &form)
    {
        return send("POST", this->prefix(prefix) + relative, prefix, encodeForm(form));
    }
    Answer remove(Prefix prefix, const QString &relative)
    {
        return send("DELETE", this->prefix(prefix) + relative, prefix);
    }
    QString prefix(Prefix prefix);
    // As the Twilio subaccount (its own SID and token, its own path).
    Answer asSubaccount(const QByteArray &verb, const QString &relative, const Form &form = {},
                        const QString &secret = {});
    static Answer collect(QNetworkReply *reply);
    static void addPrefixRows(const char *what = "");

    // Available numbers of a search (relative query after Local.json?), or empty on failure.
    QJsonArray search(Prefix prefix, const QString &query, const QString &type = u"Local"_s,
                      const QString &country = u"US"_s);
    // Buys `phoneNumber` (with more parameters) and returns the answer.
    Answer buy(Prefix prefix, const QString &phoneNumber, Form more = {});
    // Numbers the account owns with exactly this phone number.
    int owned(Prefix prefix, const QString &phoneNumber);
    // A number that can be bought without an address, from a search in `areaCode`.
    QString availableNumber(Prefix prefix, int areaCode);
    int ownedCount(Prefix prefix);

    SandboxFixture m_sandbox{50};
    QNetworkAccessManager m_nam;
    OpenApiSpec m_spec;
};

void tst_SandboxNumbers::initTestCase()
{
    QString error;
    QVERIFY2(m_spec.load(QStringLiteral(TWILIO_SPEC), &error), qPrintable(error));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_SandboxNumbers::cleanup()
{
    m_sandbox.server().setFaults({});
}

QString tst_SandboxNumbers::prefix(Prefix prefix)
{
    const SandboxCredentials c = m_sandbox.server().credentials();
    switch (prefix) {
    case Prefix::Twilio: return u"/2010-04-01/Accounts/"_s + c.twilioAccountSid;
    case Prefix::SignalWireLaml: return u"/api/laml/2010-04-01/Accounts/"_s + c.signalwireProjectId;
    case Prefix::SignalWireTwilio: return u"/2010-04-01/Accounts/"_s + c.signalwireProjectId;
    }
    return {};
}

void tst_SandboxNumbers::addPrefixRows(const char *what)
{
    QTest::addRow("twilio%s", what) << Prefix::Twilio;
    QTest::addRow("signalwire laml%s", what) << Prefix::SignalWireLaml;
    QTest::addRow("signalwire twilio path%s", what) << Prefix::SignalWireTwilio;
}

Answer tst_SandboxNumbers::collect(QNetworkReply *reply)
{
    Answer a;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000)) {
        reply->abort();
        a.error = QNetworkReply::TimeoutError;
        reply->deleteLater();
        return a;
    }
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        a.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    return a;
}

Answer tst_SandboxNumbers::send(const QByteArray &verb, const QString &pathAndQuery,
                                Prefix prefix, const QByteArray &body, Credentials credentials)
{
    QNetworkRequest request(m_sandbox.server().baseUrl().resolved(QUrl(pathAndQuery)));
    request.setTransferTimeout(20000);
    const SandboxCredentials c = m_sandbox.server().credentials();
    const bool sw = isFamilySignalWire(prefix);
    const QString user = sw ? c.signalwireProjectId : c.twilioAccountSid;
    QString secret = sw ? c.signalwireToken : c.twilioAuthToken;
    if (credentials == Credentials::Wrong)
        secret += u'x';
    if (credentials != Credentials::None) {
        request.setRawHeader("Authorization",
                             "Basic " + (user + u':' + secret).toUtf8().toBase64());
    }
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_s);
    }
    return collect(m_nam.sendCustomRequest(request, verb, body));
}

Answer tst_SandboxNumbers::asSubaccount(const QByteArray &verb, const QString &relative,
                                        const Form &form, const QString &secret)
{
    const SandboxCredentials c = m_sandbox.server().credentials();
    QNetworkRequest request(m_sandbox.server().baseUrl().resolved(
        QUrl(u"/2010-04-01/Accounts/"_s + c.twilioSubaccountSid + relative)));
    request.setTransferTimeout(20000);
    request.setRawHeader("Authorization",
                         "Basic " + (c.twilioSubaccountSid + u':'
                                     + (secret.isEmpty() ? c.twilioSubaccountAuthToken : secret))
                                        .toUtf8().toBase64());
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_s);
    }
    return collect(m_nam.sendCustomRequest(request, verb, verb == "POST" ? encodeForm(form) : QByteArray()));
}

QJsonArray tst_SandboxNumbers::search(Prefix prefix, const QString &query, const QString &type,
                                      const QString &country)
{
    const Answer a = get(prefix, u"/AvailablePhoneNumbers/%1/%2.json?%3"_s.arg(country, type, query));
    if (a.status != 200)
        qWarning("search %s failed: %d %s", qPrintable(query), a.status, a.body.constData());
    return a.json.value(u"available_phone_numbers"_s).toArray();
}

Answer tst_SandboxNumbers::buy(Prefix prefix, const QString &phoneNumber, Form more)
{
    more.prepend({u"PhoneNumber"_s, phoneNumber});
    return post(prefix, u"/IncomingPhoneNumbers.json"_s, more);
}

int tst_SandboxNumbers::owned(Prefix prefix, const QString &phoneNumber)
{
    const Answer a = get(prefix, u"/IncomingPhoneNumbers.json?PageSize=1000&"_s
                                     + encodeQuery({{u"PhoneNumber"_s, phoneNumber}}));
    if (a.status != 200)
        return -1;
    int n = 0;
    for (const QJsonValue &v : a.json.value(u"incoming_phone_numbers"_s).toArray())
        n += v.toObject().value(u"phone_number"_s).toString() == phoneNumber ? 1 : 0;
    return n;
}

int tst_SandboxNumbers::ownedCount(Prefix prefix)
{
    int count = 0;
    QString next = this->prefix(prefix) + u"/IncomingPhoneNumbers.json?PageSize=1000"_s;
    while (!next.isEmpty()) {
        const Answer a = send("GET", next, prefix);
        if (a.status != 200)
            return -1;
        count += int(a.json.value(u"incoming_phone_numbers"_s).toArray().size());
        next = a.json.value(u"next_page_uri"_s).toString();
    }
    return count;
}

QString tst_SandboxNumbers::availableNumber(Prefix prefix, int areaCode)
{
    const QJsonArray found = search(
        prefix, u"AreaCode=%1&ExcludeAllAddressRequired=true"_s.arg(areaCode));
    return found.isEmpty() ? QString()
                           : found.first().toObject().value(u"phone_number"_s).toString();
}

// --- routes and shapes -------------------------------------------------------------------

void tst_SandboxNumbers::everyRouteOnEveryPrefix_data()
{
    QTest::addColumn<Prefix>("prefix");
    addPrefixRows();
}

void tst_SandboxNumbers::everyRouteOnEveryPrefix()
{
    QFETCH(Prefix, prefix);
    // Reading.
    struct Read
    {
        QString path;
        QString array; // the one array of records, or empty for a single resource
    };
    const Read reads[] = {
        {u"/IncomingPhoneNumbers.json"_s, u"incoming_phone_numbers"_s},
        {u"/IncomingPhoneNumbers/Local.json"_s, u"incoming_phone_numbers"_s},
        {u"/IncomingPhoneNumbers/Mobile.json"_s, u"incoming_phone_numbers"_s},
        {u"/IncomingPhoneNumbers/TollFree.json"_s, u"incoming_phone_numbers"_s},
        {u"/AvailablePhoneNumbers.json"_s, u"countries"_s},
        {u"/AvailablePhoneNumbers/US.json"_s, {}},
        {u"/AvailablePhoneNumbers/CA.json"_s, {}},
        {u"/AvailablePhoneNumbers/US/Local.json"_s, u"available_phone_numbers"_s},
        {u"/AvailablePhoneNumbers/US/Mobile.json"_s, u"available_phone_numbers"_s},
        {u"/AvailablePhoneNumbers/US/TollFree.json"_s, u"available_phone_numbers"_s},
        {u"/AvailablePhoneNumbers/CA/Local.json"_s, u"available_phone_numbers"_s},
    };
    for (const Read &r : reads) {
        const Answer a = get(prefix, r.path);
        QVERIFY2(a.status == 200, qPrintable(r.path + u": "_s + QString::fromUtf8(a.body)));
        if (!r.array.isEmpty()) {
            int arrays = 0;
            for (const QJsonValue &v : a.json)
                arrays += v.isArray() ? 1 : 0;
            QCOMPARE(arrays, 1);
            QVERIFY2(a.json.value(r.array).isArray(), qPrintable(r.path));
            QVERIFY(a.json.value(u"next_page_uri"_s).isNull());
            QVERIFY2(a.json.value(u"uri"_s).toString().startsWith(this->prefix(prefix) + r.path),
                     qPrintable(a.json.value(u"uri"_s).toString()));
        }
    }
    QVERIFY(!search(prefix, {}).isEmpty());
    QVERIFY(!search(prefix, {}, u"Mobile"_s).isEmpty());
    QVERIFY(!search(prefix, {}, u"TollFree"_s).isEmpty());

    // Buy, read, update, release on this prefix.
    const QString number = availableNumber(prefix, 206);
    QVERIFY(!number.isEmpty());
    const Answer bought = buy(prefix, number);
    QCOMPARE(bought.status, 201);
    const QString sid = bought.json.value(u"sid"_s).toString();
    const QString one = u"/IncomingPhoneNumbers/%1.json"_s.arg(sid);
    const Answer read = get(prefix, one);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value(u"phone_number"_s).toString(), number);
    const Answer updated = post(prefix, one, {{u"FriendlyName"_s, u"Front desk"_s}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json.value(u"friendly_name"_s).toString(), u"Front desk"_s);
    const Answer released = remove(prefix, one);
    QCOMPARE(released.status, 204);
    QVERIFY(released.body.isEmpty());
    QCOMPARE(get(prefix, one).status, 404);
}

void tst_SandboxNumbers::searchMatchesTheSpec_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("country");
    QTest::newRow("US local") << u"Local"_s << u"local"_s << u"US"_s;
    QTest::newRow("CA local") << u"Local"_s << u"local"_s << u"CA"_s;
    QTest::newRow("US mobile") << u"Mobile"_s << u"mobile"_s << u"US"_s;
    QTest::newRow("US toll-free") << u"TollFree"_s << u"toll_free"_s << u"US"_s;
}

void tst_SandboxNumbers::searchMatchesTheSpec()
{
    QFETCH(QString, type);
    QFETCH(QString, schema);
    QFETCH(QString, country);
    int status = 0;
    const QString specPath = specPrefix + u"/AvailablePhoneNumbers/{CountryCode}/%1.json"_s.arg(type);
    const QJsonObject listSchema = m_spec.successSchema(specPath, u"get"_s, &status);
    QCOMPARE(status, 200);
    QVERIFY(!listSchema.isEmpty());

    const Answer a = get(Prefix::Twilio, u"/AvailablePhoneNumbers/%1/%2.json"_s.arg(country, type));
    QCOMPARE(a.status, status);
    const QStringList problems = m_spec.problems(a.json, listSchema, u"response"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QJsonArray numbers = a.json.value(u"available_phone_numbers"_s).toArray();
    QVERIFY(!numbers.isEmpty());
    QVERIFY(numbers.size() <= 30);
    // The records' schema by name too, so that a spec without $ref would still be checked.
    const QString recordSchema =
        u"api.v2010.account.available_phone_number_country.available_phone_number_"_s + schema;
    QVERIFY(m_spec.propertyNames(recordSchema).contains(u"address_requirements"_s));
    for (const QJsonValue &v : numbers) {
        const QJsonObject n = v.toObject();
        const QStringList more = m_spec.problems(n, m_spec.schema(recordSchema), u"number"_s);
        QVERIFY2(more.isEmpty(), qPrintable(more.join(u'\n')));
        QCOMPARE(n.value(u"iso_country"_s).toString(), country);
        QVERIFY(QRegularExpression(u"^\\+1[2-9]\\d{9}$"_s).match(n.value(u"phone_number"_s).toString()).hasMatch());
        QVERIFY(QRegularExpression(u"^\\(\\d{3}\\) \\d{3}-\\d{4}$"_s).match(n.value(u"friendly_name"_s).toString()).hasMatch());
        if (type == u"TollFree") {
            static const QSet<QString> tollFree{u"800"_s, u"833"_s, u"844"_s, u"855"_s,
                                                u"866"_s, u"877"_s, u"888"_s};
            QVERIFY(tollFree.contains(n.value(u"phone_number"_s).toString().mid(2, 3)));
        } else {
            // A place: locality, region, postal code, rate center, coordinates.
            QVERIFY(!n.value(u"locality"_s).toString().isEmpty());
            QCOMPARE(n.value(u"region"_s).toString().size(), 2);
            QVERIFY(!n.value(u"postal_code"_s).toString().isEmpty());
            QVERIFY(!n.value(u"rate_center"_s).toString().isEmpty());
            QVERIFY(n.value(u"latitude"_s).isDouble());
            QVERIFY(n.value(u"longitude"_s).isDouble());
            if (country == u"US")
                QVERIFY(!n.value(u"lata"_s).toString().isEmpty());
        }
    }
}

void tst_SandboxNumbers::countriesMatchTheSpec()
{
    int status = 0;
    const QJsonObject listSchema = m_spec.successSchema(
        specPrefix + u"/AvailablePhoneNumbers.json"_s, u"get"_s, &status);
    const Answer list = get(Prefix::Twilio, u"/AvailablePhoneNumbers.json"_s);
    QCOMPARE(list.status, status);
    QStringList problems = m_spec.problems(list.json, listSchema, u"countries"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QSet<QString> codes;
    for (const QJsonValue &v : list.json.value(u"countries"_s).toArray())
        codes.insert(v.toObject().value(u"country_code"_s).toString());
    QCOMPARE(codes, (QSet<QString>{u"US"_s, u"CA"_s, u"GB"_s, u"DE"_s, u"AU"_s}));

    const QJsonObject oneSchema = m_spec.successSchema(
        specPrefix + u"/AvailablePhoneNumbers/{CountryCode}.json"_s, u"get"_s, &status);
    const Answer us = get(Prefix::Twilio, u"/AvailablePhoneNumbers/US.json"_s);
    QCOMPARE(us.status, status);
    problems = m_spec.problems(us.json, oneSchema, u"US"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // The subresources lead to working searches.
    const QJsonObject subresources = us.json.value(u"subresource_uris"_s).toObject();
    QCOMPARE(subresources.size(), 3);
    for (const QJsonValue &uri : subresources) {
        const Answer a = send("GET", uri.toString(), Prefix::Twilio);
        QCOMPARE(a.status, 200);
        QVERIFY(a.json.value(u"available_phone_numbers"_s).isArray());
    }
}

void tst_SandboxNumbers::purchaseMatchesTheSpec_data()
{
    QTest::addColumn<QString>("path");   // after IncomingPhoneNumbers
    QTest::addColumn<QString>("search"); // where to find a number of the right type
    QTest::newRow("IncomingPhoneNumbers.json") << u".json"_s << u"Local"_s;
    QTest::newRow("Local.json") << u"/Local.json"_s << u"Local"_s;
    QTest::newRow("Mobile.json") << u"/Mobile.json"_s << u"Mobile"_s;
    QTest::newRow("TollFree.json") << u"/TollFree.json"_s << u"TollFree"_s;
}

void tst_SandboxNumbers::purchaseMatchesTheSpec()
{
    QFETCH(QString, path);
    QFETCH(QString, search);
    int status = 0;
    const QString specPath = specPrefix + u"/IncomingPhoneNumbers"_s + path;
    const QJsonObject schema = m_spec.successSchema(specPath, u"post"_s, &status);
    QVERIFY(!schema.isEmpty());
    QCOMPARE(status, 201); // as the spec says for create

    const QJsonArray found = this->search(Prefix::Twilio, u"ExcludeAllAddressRequired=true"_s, search);
    QVERIFY(!found.isEmpty());
    const QString number = found.first().toObject().value(u"phone_number"_s).toString();
    const Answer a = post(Prefix::Twilio, u"/IncomingPhoneNumbers"_s + path,
                          {{u"PhoneNumber"_s, number},
                           {u"VoiceUrl"_s, u"https://hooks.example.com/voice"_s},
                           {u"AddressSid"_s, u"AD"_s + hex32(u'1')},
                           {u"BundleSid"_s, u"BU"_s + hex32(u'2')},
                           {u"IdentitySid"_s, u"RI"_s + hex32(u'3')},
                           {u"EmergencyAddressSid"_s, u"AD"_s + hex32(u'4')},
                           {u"EmergencyStatus"_s, u"Active"_s},
                           {u"TrunkSid"_s, u"TK"_s + hex32(u'5')}});
    QVERIFY2(a.status == status, a.body.constData());
    const QStringList problems = m_spec.problems(a.json, schema, u"number"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Every field of the full schema is there, also on the typed paths' answers.
    for (const QString &field : m_spec.propertyNames(u"api.v2010.account.incoming_phone_number"_s))
        QVERIFY2(a.json.contains(field), qPrintable(field));
    QVERIFY(a.json.value(u"subresource_uris"_s).isObject());
    QCOMPARE(a.json.value(u"phone_number"_s).toString(), number);
    QCOMPARE(a.json.value(u"account_sid"_s).toString(), m_sandbox.server().credentials().twilioAccountSid);
    QCOMPARE(a.json.value(u"origin"_s).toString(), u"twilio"_s);
    QCOMPARE(a.json.value(u"status"_s).toString(), u"in-use"_s);
    const QString expectedType = search == u"TollFree" ? u"toll-free"_s : search.toLower();
    QCOMPARE(a.json.value(u"type"_s).toString(), expectedType);
    QCOMPARE(a.json.value(u"emergency_address_status"_s).toString(), u"registered"_s);
    QCOMPARE(a.json.value(u"uri"_s).toString(),
             prefix(Prefix::Twilio) + u"/IncomingPhoneNumbers/%1.json"_s.arg(a.json.value(u"sid"_s).toString()));
}

void tst_SandboxNumbers::readUpdateAndListMatchTheSpec()
{
    const Answer bought = buy(Prefix::Twilio, availableNumber(Prefix::Twilio, 425));
    QCOMPARE(bought.status, 201);
    const QString sid = bought.json.value(u"sid"_s).toString();
    const QString one = specPrefix + u"/IncomingPhoneNumbers/{Sid}.json"_s;

    int status = 0;
    QJsonObject schema = m_spec.successSchema(one, u"get"_s, &status);
    const Answer read = get(Prefix::Twilio, u"/IncomingPhoneNumbers/%1.json"_s.arg(sid));
    QCOMPARE(read.status, status);
    QStringList problems = m_spec.problems(read.json, schema, u"read"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    schema = m_spec.successSchema(one, u"post"_s, &status);
    const Answer updated = post(Prefix::Twilio, u"/IncomingPhoneNumbers/%1.json"_s.arg(sid),
                                {{u"SmsUrl"_s, u"https://hooks.example.com/sms"_s}});
    QCOMPARE(updated.status, status);
    problems = m_spec.problems(updated.json, schema, u"update"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    int releaseStatus = 0;
    m_spec.successSchema(one, u"delete"_s, &releaseStatus);
    QCOMPARE(releaseStatus, 204);

    for (const QString &path : {u".json"_s, u"/Local.json"_s}) {
        schema = m_spec.successSchema(specPrefix + u"/IncomingPhoneNumbers"_s + path, u"get"_s, &status);
        const Answer list = get(Prefix::Twilio, u"/IncomingPhoneNumbers%1?PageSize=20"_s.arg(path));
        QCOMPARE(list.status, status);
        problems = m_spec.problems(list.json, schema, u"list"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(!list.json.value(u"incoming_phone_numbers"_s).toArray().isEmpty());
    }
    QCOMPARE(remove(Prefix::Twilio, u"/IncomingPhoneNumbers/%1.json"_s.arg(sid)).status, releaseStatus);
}

void tst_SandboxNumbers::signalwireShape_data()
{
    QTest::addColumn<Prefix>("prefix");
    QTest::newRow("laml") << Prefix::SignalWireLaml;
    QTest::newRow("twilio path") << Prefix::SignalWireTwilio;
}

void tst_SandboxNumbers::signalwireShape()
{
    QFETCH(Prefix, prefix);
    const QJsonArray found = search(prefix, u"AreaCode=312&ExcludeAllAddressRequired=true"_s);
    QVERIFY(!found.isEmpty());
    const QJsonObject available = found.first().toObject();
    const QStringList capabilityKeys{u"Fax"_s, u"MMS"_s, u"SMS"_s, u"Voice"_s};
    QCOMPARE(available.value(u"capabilities"_s).toObject().keys(), capabilityKeys);

    const Answer a = buy(prefix, available.value(u"phone_number"_s).toString(),
                         {{u"EmergencyStatus"_s, u"Active"_s}, // Twilio's: ignored here
                          {u"BundleSid"_s, u"not even a SID"_s}});
    QVERIFY2(a.status == 201, a.body.constData());
    const QJsonObject n = a.json;
    // The fields of SignalWire's document, with their types.
    const QStringList strings{u"account_sid"_s, u"address_requirements"_s, u"api_version"_s,
                              u"date_created"_s, u"date_updated"_s, u"emergency_status"_s,
                              u"friendly_name"_s, u"origin"_s, u"phone_number"_s, u"sid"_s,
                              u"sms_fallback_method"_s, u"sms_fallback_url"_s, u"sms_method"_s,
                              u"sms_url"_s, u"status_callback"_s, u"status_callback_method"_s,
                              u"uri"_s, u"voice_fallback_method"_s, u"voice_fallback_url"_s,
                              u"voice_method"_s, u"voice_url"_s, u"voice_receive_mode"_s};
    for (const QString &key : strings)
        QVERIFY2(n.value(key).isString(), qPrintable(key));
    const QStringList nullableSids{u"address_sid"_s, u"emergency_address_sid"_s,
                                   u"identity_sid"_s, u"sms_application_sid"_s, u"trunk_sid"_s,
                                   u"voice_application_sid"_s};
    for (const QString &key : nullableSids)
        QVERIFY2(n.contains(key) && (n.value(key).isNull() || isV4Uuid(n.value(key).toString())), qPrintable(key));
    QVERIFY(n.value(u"beta"_s).isBool());
    QVERIFY(n.value(u"voice_caller_id_lookup"_s).isBool());
    QCOMPARE(n.value(u"capabilities"_s).toObject().keys(), capabilityKeys);

    QVERIFY2(isV4Uuid(n.value(u"sid"_s).toString()), qPrintable(n.value(u"sid"_s).toString()));
    QCOMPARE(n.value(u"account_sid"_s).toString(), m_sandbox.server().credentials().signalwireProjectId);
    QCOMPARE(n.value(u"origin"_s).toString(), u"signalwire"_s);
    QCOMPARE(n.value(u"beta"_s).toBool(), true); // new numbers on SignalWire are beta
    QCOMPARE(n.value(u"emergency_status"_s).toString(), u"inactive"_s); // lower case, untouched
    QVERIFY(n.value(u"emergency_address_sid"_s).isNull());
    QVERIFY(!n.contains(u"bundle_sid"_s));
    QVERIFY(QDateTime::fromString(n.value(u"date_created"_s).toString(), Qt::RFC2822Date).isValid());
    QVERIFY(n.value(u"date_created"_s).toString().endsWith(u" +0000"_s));
    QVERIFY(n.value(u"uri"_s).toString().startsWith(u"/api/laml/2010-04-01/Accounts/"_s));
    QCOMPARE(n.value(u"voice_receive_mode"_s).toString(), u"voice"_s);
    QCOMPARE(get(prefix, u"/IncomingPhoneNumbers/%1.json"_s.arg(n.value(u"sid"_s).toString())).json, n);
}

void tst_SandboxNumbers::demoSignalWireSidsAreV4Uuids()
{
    int checked = 0;
    QString next = prefix(Prefix::SignalWireLaml) + u"/IncomingPhoneNumbers.json?PageSize=1000"_s;
    while (!next.isEmpty()) {
        const Answer a = send("GET", next, Prefix::SignalWireLaml);
        QCOMPARE(a.status, 200);
        for (const QJsonValue &v : a.json.value(u"incoming_phone_numbers"_s).toArray()) {
            const QJsonObject n = v.toObject();
            for (const QString &key : {u"sid"_s, u"voice_application_sid"_s, u"trunk_sid"_s,
                                       u"sms_application_sid"_s, u"address_sid"_s,
                                       u"emergency_address_sid"_s}) {
                if (!n.value(key).isNull())
                    QVERIFY2(isV4Uuid(n.value(key).toString()), qPrintable(key + u' ' + n.value(key).toString()));
            }
            ++checked;
        }
        next = a.json.value(u"next_page_uri"_s).toString();
    }
    QVERIFY(checked >= 40);
    QVERIFY(isV4Uuid(m_sandbox.server().credentials().signalwireProjectId));
}

// --- searching ---------------------------------------------------------------------------

void tst_SandboxNumbers::searchFilters_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");    // every result's field...
    QTest::addColumn<QString>("expected"); // ...has this value (JSON text)
    QTest::newRow("AreaCode") << u"US"_s << u"Local"_s << u"AreaCode=212"_s << u"phone_number:prefix"_s << u"+1212"_s;
    QTest::newRow("toll-free AreaCode") << u"US"_s << u"TollFree"_s << u"AreaCode=833"_s << u"phone_number:prefix"_s << u"+1833"_s;
    QTest::newRow("mobile AreaCode") << u"US"_s << u"Mobile"_s << u"AreaCode=206"_s << u"phone_number:prefix"_s << u"+1206"_s;
    QTest::newRow("InRegion") << u"US"_s << u"Local"_s << u"InRegion=TX"_s << u"region"_s << u"TX"_s;
    QTest::newRow("InRegion, any case") << u"US"_s << u"Local"_s << u"InRegion=wa"_s << u"region"_s << u"WA"_s;
    QTest::newRow("InPostalCode") << u"US"_s << u"Local"_s << u"InPostalCode=94901"_s << u"postal_code"_s << u"94901"_s;
    QTest::newRow("InLocality") << u"US"_s << u"Local"_s << u"InLocality=San%20Rafael"_s << u"locality"_s << u"San Rafael"_s;
    QTest::newRow("InLocality with plus") << u"US"_s << u"Local"_s << u"InLocality=Salt+Lake+City"_s << u"locality"_s << u"Salt Lake City"_s;
    QTest::newRow("InRateCenter") << u"US"_s << u"Local"_s << u"InRateCenter=HILO"_s << u"locality"_s << u"Hilo"_s;
    QTest::newRow("InLata") << u"US"_s << u"Local"_s << u"InLata=834"_s << u"region"_s << u"HI"_s;
    QTest::newRow("SmsEnabled") << u"US"_s << u"Local"_s << u"SmsEnabled=true"_s << u"capabilities.sms"_s << u"true"_s;
    QTest::newRow("MmsEnabled=false") << u"CA"_s << u"Local"_s << u"MmsEnabled=false&InRegion=ON"_s << u"capabilities.mms"_s << u"false"_s;
    QTest::newRow("VoiceEnabled") << u"US"_s << u"Local"_s << u"VoiceEnabled=true"_s << u"capabilities.voice"_s << u"true"_s;
    QTest::newRow("FaxEnabled") << u"US"_s << u"Local"_s << u"FaxEnabled=true"_s << u"capabilities.fax"_s << u"true"_s;
    QTest::newRow("ExcludeAllAddressRequired") << u"US"_s << u"Local"_s << u"ExcludeAllAddressRequired=true"_s << u"address_requirements"_s << u"none"_s;
    QTest::newRow("ExcludeLocalAddressRequired") << u"US"_s << u"Local"_s << u"ExcludeLocalAddressRequired=true&AreaCode=415"_s << u"address_requirements:not"_s << u"local"_s;
    QTest::newRow("ExcludeForeignAddressRequired") << u"US"_s << u"Local"_s << u"ExcludeForeignAddressRequired=true&AreaCode=415"_s << u"address_requirements:not"_s << u"foreign"_s;
    QTest::newRow("Beta=false") << u"US"_s << u"Local"_s << u"Beta=false&AreaCode=628"_s << u"none"_s << QString();
    QTest::newRow("Beta=true") << u"US"_s << u"Local"_s << u"Beta=true&AreaCode=628"_s << u"beta"_s << u"true"_s;
    QTest::newRow("two filters") << u"US"_s << u"Local"_s << u"InRegion=CA&FaxEnabled=true"_s << u"capabilities.fax"_s << u"true"_s;
    QTest::newRow("Canada") << u"CA"_s << u"Local"_s << u"AreaCode=604"_s << u"region"_s << u"BC"_s;
    QTest::newRow("no such area code") << u"US"_s << u"Local"_s << u"AreaCode=201"_s << u"none"_s << QString();
    QTest::newRow("area code of another country") << u"US"_s << u"Local"_s << u"AreaCode=416"_s << u"none"_s << QString();
}

void tst_SandboxNumbers::searchFilters()
{
    QFETCH(QString, country);
    QFETCH(QString, type);
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    for (const Prefix prefix : {Prefix::Twilio, Prefix::SignalWireLaml}) {
        const Answer a = get(prefix, u"/AvailablePhoneNumbers/%1/%2.json?%3"_s.arg(country, type, query));
        QCOMPARE(a.status, 200);
        const QJsonArray found = a.json.value(u"available_phone_numbers"_s).toArray();
        if (field == u"none") {
            QVERIFY2(found.isEmpty(), a.body.constData());
            continue;
        }
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        for (const QJsonValue &v : found) {
            const QJsonObject n = v.toObject();
            const QString name = field.section(u':', 0, 0);
            QJsonValue value;
            if (name.startsWith(u"capabilities.")) {
                QString key = name.section(u'.', 1);
                if (isFamilySignalWire(prefix))
                    key = key == u"voice" ? u"Voice"_s : key == u"fax" ? u"Fax"_s : key.toUpper();
                value = n.value(u"capabilities"_s).toObject().value(key);
            } else {
                value = n.value(name);
            }
            const QString text = value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s)
                                                : value.toString();
            if (field.endsWith(u":prefix"))
                QVERIFY2(text.startsWith(expected), qPrintable(text));
            else if (field.endsWith(u":not"))
                QVERIFY2(text != expected, qPrintable(text));
            else
                QVERIFY2(text == expected, qPrintable(name + u": "_s + text));
        }
    }
}

void tst_SandboxNumbers::searchContainsLettersAndWildcards()
{
    const QJsonArray all = search(Prefix::Twilio, u"AreaCode=503"_s);
    QVERIFY(all.size() >= 10);
    const QString number = all.at(7).toObject().value(u"phone_number"_s).toString(); // +1503…

    // Digits anywhere in the number.
    const QString tail = number.right(5);
    QJsonArray found = search(Prefix::Twilio, u"AreaCode=503&Contains="_s + tail);
    QVERIFY(!found.isEmpty());
    bool seen = false;
    for (const QJsonValue &v : found) {
        const QString n = v.toObject().value(u"phone_number"_s).toString();
        QVERIFY2(n.contains(tail), qPrintable(n));
        seen = seen || n == number;
    }
    QVERIFY(seen);

    // Letters as on a keypad (0 and 1 have none and stay digits).
    static const char16_t letterFor[] = u"01ADGJMPTW";
    QString letters;
    for (QChar digit : number.right(7))
        letters += QChar(letterFor[digit.unicode() - u'0']);
    found = search(Prefix::Twilio, u"Contains="_s + letters);
    seen = false;
    for (const QJsonValue &v : found)
        seen = seen || v.toObject().value(u"phone_number"_s).toString() == number;
    QVERIFY2(seen, qPrintable(letters));
    // Lower case works the same.
    QCOMPARE(search(Prefix::Twilio, u"Contains="_s + letters.toLower()), found);

    // '*' is any one digit; a leading '+' anchors the pattern at the start.
    const QString pattern = u"+1503***"_s + number.right(4);
    found = search(Prefix::Twilio, u"Contains="_s + QString::fromLatin1(QUrl::toPercentEncoding(pattern)));
    seen = false;
    for (const QJsonValue &v : found) {
        const QString n = v.toObject().value(u"phone_number"_s).toString();
        QVERIFY2(n.startsWith(u"+1503"_s) && n.endsWith(number.right(4)), qPrintable(n));
        seen = seen || n == number;
    }
    QVERIFY(seen);
    // Anchored patterns do not match in the middle.
    QVERIFY(search(Prefix::Twilio, u"Contains=%2B503"_s).isEmpty());
}

void tst_SandboxNumbers::searchNearNumberAndLatLong()
{
    // Near a Seattle number, within 25 miles: Seattle, Bellevue and Tacoma, never Portland.
    const QJsonArray near = search(Prefix::Twilio, u"NearNumber=%2B12065550123&Distance=40"_s);
    QVERIFY(!near.isEmpty());
    QSet<QString> regions;
    for (const QJsonValue &v : near) {
        const QJsonObject n = v.toObject();
        regions.insert(n.value(u"region"_s).toString());
        QVERIFY(qAbs(n.value(u"latitude"_s).toDouble() - 47.6) < 1.0);
    }
    QCOMPARE(regions, QSet<QString>{u"WA"_s});

    // Near a point in Los Angeles within 10 miles, then 0 miles from the sea off Hawaii.
    const QJsonArray la = search(Prefix::Twilio, u"NearLatLong=34.05,-118.25&Distance=10"_s);
    QVERIFY(!la.isEmpty());
    for (const QJsonValue &v : la)
        QCOMPARE(v.toObject().value(u"region"_s).toString(), u"CA"_s);
    QVERIFY(search(Prefix::Twilio, u"NearLatLong=20.0,-150.0&Distance=0"_s).isEmpty());
    // A place the inventory does not know: nothing is near it.
    QVERIFY(search(Prefix::Twilio, u"NearNumber=%2B12015550100"_s).isEmpty());
}

void tst_SandboxNumbers::searchIsAtMost30WithoutNextPage()
{
    const Answer big = get(Prefix::Twilio, u"/AvailablePhoneNumbers/US/Local.json?PageSize=200"_s);
    QCOMPARE(big.status, 200);
    QCOMPARE(big.json.value(u"available_phone_numbers"_s).toArray().size(), 30);
    QVERIFY(big.json.value(u"next_page_uri"_s).isNull());
    const Answer none = get(Prefix::Twilio, u"/AvailablePhoneNumbers/US/Local.json"_s);
    QCOMPARE(none.json.value(u"available_phone_numbers"_s).toArray().size(), 30);
    const Answer small = get(Prefix::Twilio, u"/AvailablePhoneNumbers/US/Local.json?PageSize=5&InRegion=NY"_s);
    QCOMPARE(small.json.value(u"available_phone_numbers"_s).toArray().size(), 5);
    QCOMPARE(small.json.value(u"page_size"_s).toInt(), 5);
    QVERIFY(small.json.value(u"next_page_uri"_s).isNull());
    QVERIFY(small.json.value(u"uri"_s).toString().contains(u"InRegion=NY"_s));
    const Answer second = get(Prefix::Twilio, u"/AvailablePhoneNumbers/US/Local.json?Page=1"_s);
    QCOMPARE(second.status, 200);
    QVERIFY(second.json.value(u"available_phone_numbers"_s).toArray().isEmpty());
    // A search spans many places, not one city's block.
    QSet<QString> places;
    for (const QJsonValue &v : big.json.value(u"available_phone_numbers"_s).toArray())
        places.insert(v.toObject().value(u"locality"_s).toString());
    QVERIFY(places.size() >= 5);
}

void tst_SandboxNumbers::searchErrors_data()
{
    QTest::addColumn<QString>("path"); // after AvailablePhoneNumbers/
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::newRow("AreaCode too short") << u"US/Local.json?AreaCode=41"_s << 400 << 21451;
    QTest::newRow("AreaCode letters") << u"US/Local.json?AreaCode=abc"_s << 400 << 21451;
    QTest::newRow("AreaCode starts with 1") << u"US/TollFree.json?AreaCode=180"_s << 400 << 21451;
    QTest::newRow("Contains one character") << u"US/Local.json?Contains=5"_s << 400 << 20001;
    QTest::newRow("Contains punctuation") << u"US/Local.json?Contains=415-555"_s << 400 << 20001;
    QTest::newRow("Contains too long") << u"US/Local.json?Contains=12345678901234567"_s << 400 << 20001;
    QTest::newRow("SmsEnabled not a boolean") << u"US/Local.json?SmsEnabled=maybe"_s << 400 << 20001;
    QTest::newRow("Beta empty") << u"US/Mobile.json?Beta="_s << 400 << 20001;
    QTest::newRow("ExcludeAllAddressRequired 1") << u"US/Local.json?ExcludeAllAddressRequired=1"_s << 400 << 20001;
    QTest::newRow("NearNumber not E.164") << u"US/Local.json?NearNumber=4155550100"_s << 400 << 21421;
    QTest::newRow("NearLatLong out of range") << u"US/Local.json?NearLatLong=100,0"_s << 400 << 20001;
    QTest::newRow("NearLatLong one value") << u"US/Local.json?NearLatLong=37.7"_s << 400 << 20001;
    QTest::newRow("Distance over 500") << u"US/Local.json?Distance=501"_s << 400 << 20001;
    QTest::newRow("Distance not a number") << u"US/Local.json?Distance=far"_s << 400 << 20001;
    QTest::newRow("PageSize over 1000") << u"US/Local.json?PageSize=1001"_s << 400 << 20007;
    QTest::newRow("PageSize zero") << u"US/TollFree.json?PageSize=0"_s << 400 << 20007;
    QTest::newRow("Page negative") << u"US/Local.json?Page=-1"_s << 400 << 20007;
    QTest::newRow("PageToken") << u"US/Local.json?PageToken=PA1"_s << 400 << 21481;
    QTest::newRow("countries PageToken") << u".json?PageToken=x"_s << 400 << 21481;
    QTest::newRow("country not stocked") << u"FR/Local.json"_s << 404 << 20404;
    QTest::newRow("country not stocked, read") << u"ZZ.json"_s << 404 << 20404;
    QTest::newRow("unknown type") << u"US/Shared.json"_s << 404 << 20404;
}

void tst_SandboxNumbers::searchErrors()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(int, code);
    const QString full = path.startsWith(u'.') ? u"/AvailablePhoneNumbers"_s + path
                                               : u"/AvailablePhoneNumbers/"_s + path;
    for (const Prefix prefix : {Prefix::Twilio, Prefix::SignalWireLaml, Prefix::SignalWireTwilio}) {
        const Answer a = get(prefix, full);
        QVERIFY2(a.status == status, a.body.constData());
        QCOMPARE(a.code(), code);
        QCOMPARE(a.json.value(u"status"_s).toInt(), status);
        QCOMPARE(a.json.value(u"more_info"_s).toString(), u"https://www.twilio.com/docs/errors/%1"_s.arg(code));
        QVERIFY(!a.message().isEmpty());
    }
}

void tst_SandboxNumbers::inventoryOnAnEmptyFolder()
{
    // No demo data at all: the inventory is there all the same.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxServer server;
    SandboxOptions options;
    options.dataDir = dir.path();
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    const SandboxCredentials c = server.credentials();
    QNetworkRequest request(server.baseUrl().resolved(
        QUrl(u"/2010-04-01/Accounts/%1/AvailablePhoneNumbers/US/TollFree.json"_s.arg(c.twilioAccountSid))));
    request.setRawHeader("Authorization", "Basic " + (c.twilioAccountSid + u':' + c.twilioAuthToken).toUtf8().toBase64());
    request.setTransferTimeout(20000);
    const Answer a = collect(m_nam.get(request));
    QCOMPARE(a.status, 200);
    const QJsonArray found = a.json.value(u"available_phone_numbers"_s).toArray();
    QCOMPARE(found.size(), 30);
    QSet<QString> codes;
    for (const QJsonValue &v : found)
        codes.insert(v.toObject().value(u"phone_number"_s).toString().mid(2, 3));
    QVERIFY2(codes.size() >= 4, qPrintable(QStringList(codes.values()).join(u',')));
}

void tst_SandboxNumbers::foreignNumbersMatchTheSpec_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("shape");        // the E.164 numbers of its blocks
    QTest::addColumn<QStringList>("localities");
    QTest::addColumn<QString>("region");      // of every number; empty: null
    QTest::addColumn<QString>("requirement"); // address_requirements
    QTest::addColumn<bool>("sms");
    QTest::addColumn<bool>("mms");
    QTest::newRow("GB local") << u"GB"_s << u"Local"_s << u"^\\+44(20[37]|161)\\d{7}$"_s
                              << QStringList{u"London"_s, u"Manchester"_s} << QString() << u"any"_s
                              << false << false;
    QTest::newRow("GB mobile") << u"GB"_s << u"Mobile"_s << u"^\\+447[48]\\d{8}$"_s << QStringList()
                               << QString() << u"none"_s << true << false;
    QTest::newRow("DE local") << u"DE"_s << u"Local"_s << u"^\\+49(30[28]|891)\\d{7}$"_s
                              << QStringList{u"Berlin"_s, u"Munich"_s} << QString() << u"local"_s
                              << false << false;
    QTest::newRow("DE mobile") << u"DE"_s << u"Mobile"_s << u"^\\+4915[17]\\d{8}$"_s << QStringList()
                               << QString() << u"any"_s << true << false;
    QTest::newRow("AU local") << u"AU"_s << u"Local"_s << u"^\\+61(2[89]|39)\\d{7}$"_s
                              << QStringList{u"Sydney"_s, u"Melbourne"_s} << QString() << u"local"_s
                              << false << false;
    QTest::newRow("AU mobile") << u"AU"_s << u"Mobile"_s << u"^\\+614[01]\\d{7}$"_s << QStringList()
                               << QString() << u"any"_s << true << true;
}

void tst_SandboxNumbers::foreignNumbersMatchTheSpec()
{
    QFETCH(QString, country);
    QFETCH(QString, type);
    QFETCH(QString, shape);
    QFETCH(QStringList, localities);
    QFETCH(QString, requirement);
    QFETCH(bool, sms);
    QFETCH(bool, mms);
    int status = 0;
    const QJsonObject listSchema = m_spec.successSchema(
        specPrefix + u"/AvailablePhoneNumbers/{CountryCode}/%1.json"_s.arg(type), u"get"_s, &status);
    QCOMPARE(status, 200);
    for (const Prefix prefix : {Prefix::Twilio, Prefix::SignalWireLaml}) {
        const Answer a = get(prefix, u"/AvailablePhoneNumbers/%1/%2.json"_s.arg(country, type));
        QCOMPARE(a.status, 200);
        if (prefix == Prefix::Twilio) {
            const QStringList problems = m_spec.problems(a.json, listSchema, u"response"_s);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
        const QJsonArray numbers = a.json.value(u"available_phone_numbers"_s).toArray();
        QVERIFY(numbers.size() >= 10);
        QSet<QString> seenLocalities;
        for (const QJsonValue &v : numbers) {
            const QJsonObject n = v.toObject();
            const QString e164 = n.value(u"phone_number"_s).toString();
            QVERIFY2(QRegularExpression(shape).match(e164).hasMatch(), qPrintable(e164));
            QCOMPARE(n.value(u"iso_country"_s).toString(), country);
            // Twilio names a number outside North America by the number itself, and knows
            // no rate center, LATA, postal code or coordinates for it.
            QCOMPARE(n.value(u"friendly_name"_s).toString(), e164);
            for (const char *none : {"rate_center", "lata", "postal_code", "latitude", "longitude"})
                QVERIFY2(n.value(QLatin1StringView(none)).isNull(), none);
            if (localities.isEmpty()) {
                QVERIFY(n.value(u"locality"_s).isNull());
                QVERIFY(n.value(u"region"_s).isNull());
            } else {
                seenLocalities.insert(n.value(u"locality"_s).toString());
            }
            QCOMPARE(n.value(u"address_requirements"_s).toString(), requirement);
            const QJsonObject caps = n.value(u"capabilities"_s).toObject();
            const bool sw = prefix != Prefix::Twilio;
            QCOMPARE(caps.value(sw ? u"Voice"_s : u"voice"_s).toBool(), true);
            QCOMPARE(caps.value(sw ? u"SMS"_s : u"sms"_s).toBool(), sms);
            QCOMPARE(caps.value(sw ? u"MMS"_s : u"mms"_s).toBool(), mms);
        }
        if (!localities.isEmpty()) {
            QCOMPARE(seenLocalities, QSet<QString>(localities.begin(), localities.end()));
            // Australia's states, as Twilio gives them; none for the others.
            for (const QJsonValue &v : numbers) {
                const QJsonObject n = v.toObject();
                const QString locality = n.value(u"locality"_s).toString();
                if (country == u"AU")
                    QCOMPARE(n.value(u"region"_s).toString(), locality == u"Sydney" ? u"NSW"_s : u"VIC"_s);
                else
                    QVERIFY(n.value(u"region"_s).isNull());
            }
        }
    }
    // The other type's numbers are not among them.
    const QString other = type == u"Local" ? u"Mobile"_s : u"Local"_s;
    for (const QJsonValue &v : search(Prefix::Twilio, {}, other, country))
        QVERIFY(!QRegularExpression(shape).match(v.toObject().value(u"phone_number"_s).toString()).hasMatch());
}

void tst_SandboxNumbers::demoDataShowsEveryProblem()
{
    // A larger demo than the fixture's: each share is measured on the server's own rows.
    QTemporaryDir dir;
    SandboxServer server;
    QString error;
    QVERIFY2(startDemo(server, dir, 4000, &error), qPrintable(error));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"demo-shares"_s);
    const auto closeDb = qScopeGuard([&] {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"demo-shares"_s);
    });
    db.setDatabaseName(QDir(dir.path()).filePath(u"sandbox.sqlite"_s));
    QVERIFY(db.open());
    const auto share = [&](const QString &where) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT 100.0 * SUM(CASE WHEN "_s + where
                    + u" THEN 1 ELSE 0 END) / COUNT(*) FROM numbers WHERE family = 'twilio'"
                      u" AND account = ''"_s)
            || !q.next())
            return -1.0;
        return q.value(0).toDouble();
    };
    struct Share
    {
        const char *what;
        QString where;
        double from, to; // percent of the account's numbers
    };
    const Share shares[] = {
        {"fallback URL equal to the voice URL", u"voice_fallback_url = voice_url AND voice_url != ''"_s, 3, 5},
        {"status callback without a method", u"status_callback != '' AND status_callback_method = ''"_s, 3, 5},
        {"plain-http voice URL", u"voice_url LIKE 'http://%'"_s, 8, 12},
        {"no voice handling", u"voice_url = '' AND voice_application_sid = '' AND trunk_sid = ''"_s, 8, 12},
        {"default friendly name",
         u"(friendly_name = phone_number OR friendly_name LIKE '(___) ___-____')"_s, 40, 50},
        {"voice without an emergency address", u"cap_voice = 1 AND emergency_address_sid = ''"_s, 45, 65},
        {"outside North America", u"phone_number NOT LIKE '+1%'"_s, 4, 6},
        {"in the United Kingdom", u"phone_number LIKE '+44%'"_s, 1, 3},
        {"in Germany", u"phone_number LIKE '+49%'"_s, 1, 3},
        {"in Australia", u"phone_number LIKE '+61%'"_s, 1, 3},
        {"an address it needs", u"address_requirements != 'none' AND address_sid = ''"_s, 0, 0},
    };
    for (const Share &s : shares) {
        const double percent = share(s.where);
        QVERIFY2(percent >= s.from && percent <= s.to,
                 qPrintable(u"%1: %2 %"_s.arg(QLatin1StringView(s.what)).arg(percent)));
    }
    // Every foreign number has its country's shape, and its block's rules.
    QSqlQuery foreign(db);
    QVERIFY(foreign.exec(u"SELECT phone_number, type, address_requirements, cap_sms, emergency_status"
                         u" FROM numbers WHERE phone_number NOT LIKE '+1%'"_s));
    int count = 0;
    static const QRegularExpression shapes(
        u"^\\+(44(20[37]\\d{7}|7[48]\\d{8})|49(30[28]\\d{7}|15[17]\\d{8})|61(2[89]\\d{7}|4[01]\\d{7}))$"_s);
    while (foreign.next()) {
        ++count;
        const QString e164 = foreign.value(0).toString();
        QVERIFY2(shapes.match(e164).hasMatch(), qPrintable(e164));
        const bool mobile = foreign.value(1).toString() == u"mobile";
        QCOMPARE(mobile, e164.startsWith(u"+447") || e164.startsWith(u"+4915") || e164.startsWith(u"+614"));
        QCOMPARE(foreign.value(3).toBool(), mobile);
        QCOMPARE(foreign.value(4).toString(), u"Inactive"_s);
        QCOMPARE(foreign.value(2).toString(),
                 e164.startsWith(u"+44") ? (mobile ? u"none"_s : u"any"_s) : (mobile ? u"any"_s : u"local"_s));
    }
    QVERIFY(count > 300); // both families and the subaccount

    // On the wire a missing method is null, as Twilio's schema allows.
    QSqlQuery noMethod(db);
    QVERIFY(noMethod.exec(u"SELECT sid FROM numbers WHERE family = 'twilio' AND account = ''"
                          u" AND status_callback != '' AND status_callback_method = '' LIMIT 1"_s)
            && noMethod.next());
    const SandboxCredentials c = server.credentials();
    QNetworkRequest request(server.baseUrl().resolved(QUrl(
        u"/2010-04-01/Accounts/%1/IncomingPhoneNumbers/%2.json"_s.arg(c.twilioAccountSid,
                                                                    noMethod.value(0).toString()))));
    request.setRawHeader("Authorization", "Basic " + (c.twilioAccountSid + u':' + c.twilioAuthToken).toUtf8().toBase64());
    request.setTransferTimeout(20000);
    const Answer a = collect(m_nam.get(request));
    QCOMPARE(a.status, 200);
    QVERIFY(a.json.value(u"status_callback_method"_s).isNull());
    QVERIFY(!a.json.value(u"status_callback"_s).toString().isEmpty());
    const QStringList problems = m_spec.problems(
        a.json, m_spec.schema(u"api.v2010.account.incoming_phone_number"_s), u"number"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_SandboxNumbers::seedRestoresIndexesAndWal()
{
    // The seed sets the numbers' indexes aside and writes without the WAL; afterwards both
    // are back, and a stopped seed leaves them as they were.
    const auto check = [](const QString &folder, int numbers) {
        const QString connection = u"seed-indexes"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(QDir(folder).filePath(u"sandbox.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'index'"
                           u" AND tbl_name = 'numbers' ORDER BY name"_s));
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            QCOMPARE(names, (QStringList{u"numbers_by_account"_s, u"numbers_by_phone"_s,
                                         u"numbers_by_sid"_s}));
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM numbers"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), numbers);
            if (numbers > 0) {
                // The SID is unique still.
                QVERIFY(!q.exec(u"INSERT INTO numbers (family, sid, phone_number, date_created,"
                                u" date_updated) SELECT family, sid, '+15005550006', 0, 0 FROM"
                                u" numbers LIMIT 1"_s));
                // And the lists read through the index by account.
                QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT seq FROM numbers WHERE family ="
                               u" 'twilio' AND account = '' AND seq > 5 ORDER BY seq LIMIT 10"_s));
                QString plan;
                while (q.next())
                    plan += q.value(3).toString();
                QVERIFY2(plan.contains(u"numbers_by_account"_s), qPrintable(plan));
            }
        }
        QSqlDatabase::removeDatabase(connection);
    };
    {
        QTemporaryDir dir;
        SandboxServer server;
        QString error;
        QVERIFY2(startDemo(server, dir, 300, &error), qPrintable(error));
        check(dir.path(), 2 * 300 + DemoSeed::SubaccountNumbers);
        if (QTest::currentTestFailed())
            return;
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxServer server;
    SandboxOptions options;
    options.dataDir = dir.path();
    options.seed = u"demo"_s;
    options.numbers = 5000;
    const std::atomic_bool stop{true};
    options.cancel = &stop;
    QString error;
    QVERIFY(!server.start(options, &error));
    QVERIFY2(error.contains(u"stopped"_s), qPrintable(error));
    check(dir.path(), 0);
}

void tst_SandboxNumbers::demoDataIsTheSameOnEveryRun()
{
    // Two folders seeded apart hold the same numbers, SIDs and settings in the same order
    // (dates are relative to the day), and the same inventory.
    QList<QStringList> runs;
    for (int run = 0; run < 2; ++run) {
        QTemporaryDir dir;
        {
            SandboxServer server;
            QString error;
            QVERIFY2(startDemo(server, dir, 600, &error), qPrintable(error));
        }
        const QString connection = u"demo-run-%1"_s.arg(run);
        QStringList rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(QDir(dir.path()).filePath(u"sandbox.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT family || sid || phone_number || friendly_name || voice_url ||"
                           u" voice_fallback_url || status_callback || status_callback_method ||"
                           u" address_requirements || address_sid FROM numbers ORDER BY seq"_s));
            while (q.next())
                rows << q.value(0).toString();
            QVERIFY(q.exec(u"SELECT family || phone_number || locality FROM available_numbers"
                           u" ORDER BY seq"_s));
            while (q.next())
                rows << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(connection);
        QVERIFY(rows.size() > 1200 + 3000);
        runs << rows;
    }
    QCOMPARE(runs.at(0), runs.at(1));
}

// --- buying ------------------------------------------------------------------------------

void tst_SandboxNumbers::purchaseDefaults_data()
{
    QTest::addColumn<Prefix>("prefix");
    addPrefixRows();
}

void tst_SandboxNumbers::purchaseDefaults()
{
    QFETCH(Prefix, prefix);
    const QString number = availableNumber(prefix, 619);
    QVERIFY(!number.isEmpty());
    const Answer a = buy(prefix, number);
    QCOMPARE(a.status, 201);
    const QJsonObject n = a.json;
    QCOMPARE(n.value(u"friendly_name"_s).toString(),
             u"(%1) %2-%3"_s.arg(number.mid(2, 3), number.mid(5, 3), number.mid(8)));
    for (const QString &method : {u"voice_method"_s, u"voice_fallback_method"_s, u"sms_method"_s,
                                  u"sms_fallback_method"_s, u"status_callback_method"_s})
        QCOMPARE(n.value(method).toString(), u"POST"_s);
    QCOMPARE(n.value(u"voice_receive_mode"_s).toString(), u"voice"_s);
    QCOMPARE(n.value(u"voice_caller_id_lookup"_s).toBool(), false);
    QCOMPARE(n.value(u"api_version"_s).toString(), u"2010-04-01"_s);
    QCOMPARE(n.value(u"address_requirements"_s).toString(), u"none"_s);
    for (const QString &sid : {u"voice_application_sid"_s, u"trunk_sid"_s, u"sms_application_sid"_s,
                               u"address_sid"_s, u"identity_sid"_s, u"emergency_address_sid"_s})
        QVERIFY2(n.value(sid).isNull(), qPrintable(sid));
    QCOMPARE(n.value(u"voice_url"_s).toString(), QString());
    const QDateTime created = QDateTime::fromString(n.value(u"date_created"_s).toString(), Qt::RFC2822Date);
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    if (!isFamilySignalWire(prefix)) {
        QCOMPARE(n.value(u"emergency_status"_s).toString(), u"Inactive"_s);
        QCOMPARE(n.value(u"emergency_address_status"_s).toString(), u"unregistered"_s);
        QVERIFY(QRegularExpression(u"^PN[0-9a-f]{32}$"_s).match(n.value(u"sid"_s).toString()).hasMatch());
        QCOMPARE(n.value(u"beta"_s).toBool(), false);
    }
    QCOMPARE(owned(prefix, number), 1);
}

void tst_SandboxNumbers::purchaseStoresEveryParameter_data()
{
    QTest::addColumn<Prefix>("prefix");
    addPrefixRows();
}

void tst_SandboxNumbers::purchaseStoresEveryParameter()
{
    QFETCH(Prefix, prefix);
    const bool sw = isFamilySignalWire(prefix);
    const QString number = availableNumber(prefix, 303);
    const QString app = sidFor(prefix, u"AP"_s, u'b');
    const QString smsApp = sidFor(prefix, u"AP"_s, u'c');
    const QString address = sidFor(prefix, u"AD"_s, u'd');
    const QString identity = sidFor(prefix, u"RI"_s, u'e');
    const Form form{
        {u"FriendlyName"_s, u"Denver – Front desk ☎"_s},
        {u"VoiceUrl"_s, u"https://hooks.example.com/voice?a=1&b=2"_s},
        {u"VoiceMethod"_s, u"get"_s},
        {u"VoiceFallbackUrl"_s, u"http://fallback.example.com/voice"_s},
        {u"VoiceFallbackMethod"_s, u"GET"_s},
        {u"VoiceCallerIdLookup"_s, u"TRUE"_s},
        {u"VoiceApplicationSid"_s, app},
        {u"VoiceReceiveMode"_s, u"FAX"_s},
        {u"StatusCallback"_s, u"https://hooks.example.com/status"_s},
        {u"StatusCallbackMethod"_s, u"get"_s},
        {u"SmsUrl"_s, u"https://hooks.example.com/sms"_s},
        {u"SmsMethod"_s, u"GET"_s},
        {u"SmsFallbackUrl"_s, u"https://hooks.example.com/sms-fallback"_s},
        {u"SmsFallbackMethod"_s, u"get"_s},
        {u"SmsApplicationSid"_s, smsApp},
        {u"AddressSid"_s, address},
        {u"IdentitySid"_s, identity},
        {u"ApiVersion"_s, u"2008-08-01"_s},
        {u"EmergencyStatus"_s, u"active"_s},
        {u"EmergencyAddressSid"_s, sw ? u"not used by SignalWire"_s : u"AD"_s + hex32(u'f')},
        {u"BundleSid"_s, sw ? u"ignored"_s : u"BU"_s + hex32(u'9')},
        {u"SomethingElse"_s, u"ignored as the providers do"_s},
    };
    const Answer a = buy(prefix, number, form);
    QVERIFY2(a.status == 201, a.body.constData());
    const QJsonObject stored = get(prefix, u"/IncomingPhoneNumbers/%1.json"_s.arg(a.json.value(u"sid"_s).toString())).json;
    QCOMPARE(stored, a.json);
    const QList<QPair<QString, QJsonValue>> expected{
        {u"friendly_name"_s, u"Denver – Front desk ☎"_s},
        {u"voice_url"_s, u"https://hooks.example.com/voice?a=1&b=2"_s},
        {u"voice_method"_s, u"GET"_s},
        {u"voice_fallback_url"_s, u"http://fallback.example.com/voice"_s},
        {u"voice_fallback_method"_s, u"GET"_s},
        {u"voice_caller_id_lookup"_s, true},
        {u"voice_application_sid"_s, app},
        {u"voice_receive_mode"_s, u"fax"_s},
        {u"status_callback"_s, u"https://hooks.example.com/status"_s},
        {u"status_callback_method"_s, u"GET"_s},
        {u"sms_url"_s, u"https://hooks.example.com/sms"_s},
        {u"sms_method"_s, u"GET"_s},
        {u"sms_fallback_url"_s, u"https://hooks.example.com/sms-fallback"_s},
        {u"sms_fallback_method"_s, u"GET"_s},
        {u"sms_application_sid"_s, smsApp},
        {u"address_sid"_s, address},
        {u"identity_sid"_s, identity},
        {u"api_version"_s, u"2008-08-01"_s},
        {u"emergency_status"_s, sw ? u"inactive"_s : u"Active"_s},
        {u"emergency_address_sid"_s, sw ? QJsonValue(QJsonValue::Null) : QJsonValue(u"AD"_s + hex32(u'f'))},
    };
    for (const auto &[field, value] : expected)
        QVERIFY2(stored.value(field) == value, qPrintable(field + u": "_s + stored.value(field).toVariant().toString()));
    if (!sw)
        QCOMPARE(stored.value(u"bundle_sid"_s).toString(), u"BU"_s + hex32(u'9'));
    QVERIFY(!stored.contains(u"SomethingElse"_s));
}

void tst_SandboxNumbers::purchaseValidation_data()
{
    QTest::addColumn<Prefix>("prefix");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("code");
    for (const Prefix prefix : {Prefix::Twilio, Prefix::SignalWireLaml}) {
        const char *family = prefix == Prefix::Twilio ? "twilio" : "signalwire";
        const auto row = [&](const char *name, const QString &parameter, const QString &value, int code,
                             const QString &path = u"/IncomingPhoneNumbers.json"_s) {
            QTest::addRow("%s: %s", family, name) << prefix << path << parameter << value << code;
        };
        // 20001, one row per kind of value.
        row("text: FriendlyName of 65 characters", u"FriendlyName"_s, QString(65, u'x'), 20001);
        row("method: VoiceMethod PUT", u"VoiceMethod"_s, u"PUT"_s, 20001);
        row("method: SmsFallbackMethod empty-ish", u"SmsFallbackMethod"_s, u"P0ST"_s, 20001);
        row("sid: VoiceApplicationSid short", u"VoiceApplicationSid"_s, u"AP123"_s, 20001);
        row("sid: SmsApplicationSid of another kind", u"SmsApplicationSid"_s, u"TK"_s + hex32(u'a'), 20001);
        row("sid: AddressSid sample of SignalWire's document", u"AddressSid"_s, u"b3877c40-da60-4998-90ad-b792e98472ri"_s, 20001);
        row("boolean: VoiceCallerIdLookup yes", u"VoiceCallerIdLookup"_s, u"yes"_s, 20001);
        row("choice: VoiceReceiveMode sms", u"VoiceReceiveMode"_s, u"sms"_s, 20001);
        row("choice: ApiVersion 2099", u"ApiVersion"_s, u"2099-01-01"_s, 20001);
        row("required: neither PhoneNumber nor AreaCode", {}, {}, 20001);
        row("required: typed path without PhoneNumber", u"AreaCode"_s, u"415"_s, 20001,
            u"/IncomingPhoneNumbers/Local.json"_s);
        row("both a trunk and an application", u"Both"_s, {}, 20001);
        // The codes of their own.
        row("url: VoiceUrl ftp", u"VoiceUrl"_s, u"ftp://example.com/voice"_s, 21502);
        row("url: StatusCallback without scheme", u"StatusCallback"_s, u"example.com"_s, 21502);
        row("url: SmsUrl with a space", u"SmsUrl"_s, u"https://exa mple.com"_s, 21502);
        row("phone number: no plus", u"PhoneNumber"_s, u"14155550100"_s, 21421);
        row("phone number: letters", u"PhoneNumber"_s, u"+1415CALLNOW"_s, 21421);
        row("phone number: +1 with nine digits", u"PhoneNumber"_s, u"+1415555010"_s, 21421);
        row("area code: two digits", u"AreaCode"_s, u"41"_s, 21451);
        row("area code: starts with 0", u"AreaCode"_s, u"041"_s, 21451);
        if (prefix == Prefix::Twilio) {
            row("sid: EmergencyAddressSid lower prefix", u"EmergencyAddressSid"_s, u"ad"_s + hex32(u'a'), 20001);
            row("sid: BundleSid with a non-hex digit", u"BundleSid"_s, u"BU"_s + QString(31, u'a') + u'g', 20001);
            row("choice: EmergencyStatus On", u"EmergencyStatus"_s, u"On"_s, 20001);
        } else {
            row("sid: Twilio SID on SignalWire", u"TrunkSid"_s, u"TK"_s + hex32(u'a'), 20001);
        }
    }
}

void tst_SandboxNumbers::purchaseValidation()
{
    QFETCH(Prefix, prefix);
    QFETCH(QString, path);
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    QFETCH(int, code);
    const int before = ownedCount(prefix);
    QVERIFY(before > 0);
    Form form;
    if (parameter == u"Both") {
        form = {{u"AreaCode"_s, u"206"_s},
                {u"VoiceApplicationSid"_s, sidFor(prefix, u"AP"_s)},
                {u"TrunkSid"_s, sidFor(prefix, u"TK"_s)}};
    } else if (!parameter.isEmpty()) {
        if (parameter != u"PhoneNumber" && parameter != u"AreaCode")
            form.append({u"AreaCode"_s, u"206"_s}); // a purchase that would otherwise succeed
        form.append({parameter, value});
    } else {
        form.append({u"FriendlyName"_s, u"Nothing to buy"_s});
    }
    const Answer a = post(prefix, path, form);
    QVERIFY2(a.status == 400, a.body.constData());
    QCOMPARE(a.code(), code);
    QCOMPARE(a.json.value(u"status"_s).toInt(), 400);
    QCOMPARE(a.json.value(u"more_info"_s).toString(), u"https://www.twilio.com/docs/errors/%1"_s.arg(code));
    if (!parameter.isEmpty() && parameter != u"Both" && path.endsWith(u"IncomingPhoneNumbers.json"))
        QVERIFY2(a.message().contains(parameter), qPrintable(a.message()));
    QCOMPARE(ownedCount(prefix), before); // nothing bought
}

void tst_SandboxNumbers::testValues_data()
{
    QTest::addColumn<Prefix>("prefix");
    addPrefixRows();
}

void tst_SandboxNumbers::testValues()
{
    QFETCH(Prefix, prefix);
    // +15005550006 can always be bought; once bought it is owned like any other number.
    Answer a = buy(prefix, u"+15005550006"_s);
    if (a.status == 400 && a.code() == 21422) // bought by an earlier row of this prefix's family
        QVERIFY(a.message().contains(u"already owns"_s));
    else
        QVERIFY2(a.status == 201, a.body.constData());
    a = buy(prefix, u"+15005550006"_s);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), 21422);
    QVERIFY2(a.message().contains(u"already owns"_s), qPrintable(a.message()));
    const Answer list = get(prefix, u"/IncomingPhoneNumbers.json?PhoneNumber=%2B15005550006"_s);
    const QJsonArray rows = list.json.value(u"incoming_phone_numbers"_s).toArray();
    QCOMPARE(rows.size(), 1);
    const QString sid = rows.first().toObject().value(u"sid"_s).toString();
    QCOMPARE(remove(prefix, u"/IncomingPhoneNumbers/%1.json"_s.arg(sid)).status, 204);
    QCOMPARE(buy(prefix, u"+15005550006"_s).status, 201); // released: buyable again

    a = buy(prefix, u"+15005550000"_s);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), 21422);
    a = buy(prefix, u"+15005550001"_s);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), 21421);

    a = post(prefix, u"/IncomingPhoneNumbers.json"_s, {{u"AreaCode"_s, u"533"_s}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), 21452);
    // Area code 500 never runs out: a new number every time.
    QSet<QString> numbers;
    for (int i = 0; i < 3; ++i) {
        a = post(prefix, u"/IncomingPhoneNumbers.json"_s, {{u"AreaCode"_s, u"500"_s}});
        QVERIFY2(a.status == 201, a.body.constData());
        const QString n = a.json.value(u"phone_number"_s).toString();
        QVERIFY2(n.startsWith(u"+1500"_s), qPrintable(n));
        QVERIFY(n != u"+15005550000"_s && n != u"+15005550001"_s);
        numbers.insert(n);
    }
    QCOMPARE(numbers.size(), 3);
}

void tst_SandboxNumbers::boughtNumberLeavesTheInventory()
{
    const QString number = availableNumber(Prefix::Twilio, 214);
    QVERIFY(!number.isEmpty());
    const QString query = u"AreaCode=214&Contains="_s + QString::fromLatin1(QUrl::toPercentEncoding(number));
    QCOMPARE(search(Prefix::Twilio, query).size(), 1);
    const Answer a = buy(Prefix::Twilio, number);
    QCOMPARE(a.status, 201);
    QCOMPARE(search(Prefix::Twilio, query).size(), 0);
    // Owned by someone: the other family cannot have it either.
    const Answer other = buy(Prefix::SignalWireLaml, number);
    QCOMPARE(other.status, 400);
    QCOMPARE(other.code(), 21422);
    QVERIFY(!other.message().contains(u"already owns"_s));
    // Never in this family's inventory at all.
    const Answer unknown = buy(Prefix::Twilio, u"+14155550199"_s);
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.code(), 21422);

    QCOMPARE(remove(Prefix::Twilio, u"/IncomingPhoneNumbers/%1.json"_s.arg(a.json.value(u"sid"_s).toString())).status, 204);
    QCOMPARE(search(Prefix::Twilio, query).size(), 1);
}

void tst_SandboxNumbers::inventoryRunsOutAndComesBack()
{
    for (const Prefix prefix : {Prefix::Twilio, Prefix::SignalWireLaml}) {
        // Anchorage's block is small.
        const QJsonArray stock = search(prefix, u"AreaCode=907"_s);
        QVERIFY(!stock.isEmpty());
        QVERIFY(stock.size() < 30);
        const Form byAreaCode{{u"AreaCode"_s, u"907"_s}, {u"AddressSid"_s, sidFor(prefix, u"AD"_s)}};
        QStringList sids;
        QSet<QString> bought;
        for (qsizetype i = 0; i < stock.size(); ++i) {
            const Answer a = post(prefix, u"/IncomingPhoneNumbers.json"_s, byAreaCode);
            QVERIFY2(a.status == 201, a.body.constData());
            QVERIFY(a.json.value(u"phone_number"_s).toString().startsWith(u"+1907"_s));
            bought.insert(a.json.value(u"phone_number"_s).toString());
            sids << a.json.value(u"sid"_s).toString();
        }
        QCOMPARE(bought.size(), stock.size());
        Answer a = post(prefix, u"/IncomingPhoneNumbers.json"_s, byAreaCode);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), 21452);
        QVERIFY(a.message().contains(u"907"_s));
        QVERIFY(search(prefix, u"AreaCode=907"_s).isEmpty());

        // A released number comes back, and is the one the next purchase gets.
        QCOMPARE(remove(prefix, u"/IncomingPhoneNumbers/%1.json"_s.arg(sids.takeLast())).status, 204);
        const QJsonArray back = search(prefix, u"AreaCode=907"_s);
        QCOMPARE(back.size(), 1);
        a = post(prefix, u"/IncomingPhoneNumbers.json"_s, byAreaCode);
        QCOMPARE(a.status, 201);
        QCOMPARE(a.json.value(u"phone_number"_s).toString(), back.first().toObject().value(u"phone_number"_s).toString());
    }
}

void tst_SandboxNumbers::addressRequired()
{
    for (const Prefix prefix : {Prefix::Twilio, Prefix::SignalWireTwilio}) {
        // Numbers that need an address of every kind, in large blocks.
        QJsonObject needing;
        QSet<QString> kinds;
        for (const int areaCode : {212, 312, 213, 206, 416}) {
            const QJsonArray found = search(prefix, u"AreaCode=%1"_s.arg(areaCode), u"Local"_s,
                                            areaCode == 416 ? u"CA"_s : u"US"_s);
            for (const QJsonValue &v : found) {
                const QString requirement = v.toObject().value(u"address_requirements"_s).toString();
                kinds.insert(requirement);
                if (requirement != u"none" && needing.isEmpty())
                    needing = v.toObject();
            }
        }
        QVERIFY2(kinds.contains(u"any"_s) && kinds.contains(u"local"_s) && kinds.contains(u"foreign"_s),
                 qPrintable(QStringList(kinds.values()).join(u',')));
        const QString number = needing.value(u"phone_number"_s).toString();
        const QString requirement = needing.value(u"address_requirements"_s).toString();

        Answer a = buy(prefix, number);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), 21631);
        QVERIFY2(a.message().contains(u"Address"_s) && a.message().contains(requirement), qPrintable(a.message()));
        QCOMPARE(owned(prefix, number), 0);

        const QString address = sidFor(prefix, u"AD"_s);
        a = buy(prefix, number, {{u"AddressSid"_s, address}});
        QVERIFY2(a.status == 201, a.body.constData());
        QCOMPARE(a.json.value(u"address_requirements"_s).toString(), requirement);
        QCOMPARE(a.json.value(u"address_sid"_s).toString(), address);
        // The address cannot be taken away again.
        const QString one = u"/IncomingPhoneNumbers/%1.json"_s.arg(a.json.value(u"sid"_s).toString());
        const Answer cleared = post(prefix, one, {{u"AddressSid"_s, QString()}});
        QCOMPARE(cleared.status, 400);
        QCOMPARE(cleared.code(), 21631);
        QCOMPARE(get(prefix, one).json.value(u"address_sid"_s).toString(), address);

        QVERIFY(!search(prefix, u"ExcludeAllAddressRequired=true"_s).isEmpty());
        for (const QJsonValue &v : search(prefix, u"ExcludeAllAddressRequired=true&AreaCode=212"_s))
            QCOMPARE(v.toObject().value(u"address_requirements"_s).toString(), u"none"_s);
    }
}

void tst_SandboxNumbers::foreignNumberNeedsItsAddress()
{
    // A London number needs an address anywhere; bought with one it leaves the inventory, and
    // released it comes back with its place.
    const QJsonArray found = search(Prefix::Twilio, {}, u"Local"_s, u"GB"_s);
    QVERIFY(!found.isEmpty());
    QString number;
    for (const QJsonValue &v : found) {
        if (v.toObject().value(u"locality"_s).toString() == u"London") {
            number = v.toObject().value(u"phone_number"_s).toString();
            break;
        }
    }
    QVERIFY(!number.isEmpty());
    Answer a = buy(Prefix::Twilio, number);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), 21631);
    QCOMPARE(owned(Prefix::Twilio, number), 0);
    a = buy(Prefix::Twilio, number, {{u"AddressSid"_s, sidFor(Prefix::Twilio, u"AD"_s)}});
    QVERIFY2(a.status == 201, a.body.constData());
    QCOMPARE(a.json.value(u"friendly_name"_s).toString(), number);
    QCOMPARE(a.json.value(u"address_requirements"_s).toString(), u"any"_s);
    QCOMPARE(owned(Prefix::Twilio, number), 1);
    const auto listed = [&] {
        for (const QJsonValue &v : search(Prefix::Twilio, u"PageSize=30&Contains="_s + number.mid(1), u"Local"_s, u"GB"_s)) {
            if (v.toObject().value(u"phone_number"_s).toString() == number)
                return v.toObject();
        }
        return QJsonObject();
    };
    QVERIFY(listed().isEmpty());
    QCOMPARE(remove(Prefix::Twilio, u"/IncomingPhoneNumbers/%1.json"_s.arg(a.json.value(u"sid"_s).toString())).status, 204);
    const QJsonObject back = listed();
    QCOMPARE(back.value(u"locality"_s).toString(), u"London"_s);
    QCOMPARE(back.value(u"iso_country"_s).toString(), u"GB"_s);
    QCOMPARE(back.value(u"address_requirements"_s).toString(), u"any"_s);
}

void tst_SandboxNumbers::areaCodeLeftWithAddressNumbersOnly()
{
    // Halifax has five numbers, the fourth needing an address: bought by area code without
    // one, four go, then the last is refused for its address, then the code is out.
    const QJsonArray stock = search(Prefix::Twilio, u"AreaCode=902"_s, u"Local"_s, u"CA"_s);
    int plain = 0;
    for (const QJsonValue &v : stock)
        plain += v.toObject().value(u"address_requirements"_s).toString() == u"none" ? 1 : 0;
    QCOMPARE(stock.size(), 5);
    QCOMPARE(plain, 4);
    for (int i = 0; i < plain; ++i) {
        const Answer a = post(Prefix::Twilio, u"/IncomingPhoneNumbers.json"_s, {{u"AreaCode"_s, u"902"_s}});
        QVERIFY2(a.status == 201, a.body.constData());
        QCOMPARE(a.json.value(u"address_requirements"_s).toString(), u"none"_s);
    }
    Answer a = post(Prefix::Twilio, u"/IncomingPhoneNumbers.json"_s, {{u"AreaCode"_s, u"902"_s}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), 21631);
    QVERIFY2(a.message().contains(u"902"_s) && a.message().contains(u"Address"_s), qPrintable(a.message()));
    a = post(Prefix::Twilio, u"/IncomingPhoneNumbers.json"_s,
             {{u"AreaCode"_s, u"902"_s}, {u"AddressSid"_s, u"AD"_s + hex32(u'3')}});
    QCOMPARE(a.status, 201);
    a = post(Prefix::Twilio, u"/IncomingPhoneNumbers.json"_s,
             {{u"AreaCode"_s, u"902"_s}, {u"AddressSid"_s, u"AD"_s + hex32(u'3')}});
    QCOMPARE(a.code(), 21452);
}

void tst_SandboxNumbers::alreadyOwnedIsRecognisable()
{
    for (const Prefix prefix : {Prefix::Twilio, Prefix::SignalWireLaml}) {
        // A demo number the account has owned from the start.
        const Answer list = get(prefix, u"/IncomingPhoneNumbers.json?PageSize=1"_s);
        const QString number = list.json.value(u"incoming_phone_numbers"_s).toArray().first()
                                   .toObject().value(u"phone_number"_s).toString();
        QVERIFY(!number.isEmpty());
        const Answer a = buy(prefix, number);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), 21422);
        QVERIFY2(a.message().contains(number) && a.message().contains(u"already owns"_s), qPrintable(a.message()));
        QCOMPARE(owned(prefix, number), 1);
    }
}

void tst_SandboxNumbers::typedPathsBuyAndListOnlyTheirType()
{
    const QJsonArray tollFree = search(Prefix::Twilio, u"ExcludeAllAddressRequired=true"_s, u"TollFree"_s);
    QVERIFY(tollFree.size() >= 2);
    const QString tollFreeNumber = tollFree.at(0).toObject().value(u"phone_number"_s).toString();
    // Not a local number: Local.json will not buy it.
    Answer a = post(Prefix::Twilio, u"/IncomingPhoneNumbers/Local.json"_s, {{u"PhoneNumber"_s, tollFreeNumber}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), 21422);
    a = post(Prefix::Twilio, u"/IncomingPhoneNumbers/TollFree.json"_s, {{u"PhoneNumber"_s, tollFreeNumber}});
    QCOMPARE(a.status, 201);
    QCOMPARE(a.json.value(u"type"_s).toString(), u"toll-free"_s);
    QCOMPARE(a.json.value(u"capabilities"_s).toObject().value(u"fax"_s).toBool(), true);

    for (const auto &[path, type] : {std::pair{u"Local"_s, u"local"_s},
                                     std::pair{u"TollFree"_s, u"toll-free"_s}}) {
        QString next = prefix(Prefix::Twilio) + u"/IncomingPhoneNumbers/%1.json?PageSize=3"_s.arg(path);
        int rows = 0;
        while (!next.isEmpty() && rows < 40) {
            const Answer page = send("GET", next, Prefix::Twilio);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &v : page.json.value(u"incoming_phone_numbers"_s).toArray()) {
                QCOMPARE(v.toObject().value(u"type"_s).toString(), type);
                ++rows;
            }
            next = page.json.value(u"next_page_uri"_s).toString();
            if (!next.isEmpty())
                QVERIFY2(next.contains(u"/IncomingPhoneNumbers/%1.json?"_s.arg(path)), qPrintable(next));
        }
        QVERIFY(rows >= 1);
    }
}

// --- configuring and releasing -----------------------------------------------------------

void tst_SandboxNumbers::updateStoresEveryParameter_data()
{
    QTest::addColumn<Prefix>("prefix");
    addPrefixRows();
}

void tst_SandboxNumbers::updateStoresEveryParameter()
{
    QFETCH(Prefix, prefix);
    const bool sw = isFamilySignalWire(prefix);
    const Answer bought = buy(prefix, availableNumber(prefix, 801),
                              {{u"VoiceUrl"_s, u"https://old.example.com/voice"_s},
                               {u"SmsUrl"_s, u"https://old.example.com/sms"_s},
                               {u"VoiceCallerIdLookup"_s, u"true"_s}});
    QCOMPARE(bought.status, 201);
    const QString one = u"/IncomingPhoneNumbers/%1.json"_s.arg(bought.json.value(u"sid"_s).toString());
    const QString trunk = sidFor(prefix, u"TK"_s, u'7');
    const QString identity = sidFor(prefix, u"RI"_s, u'8');
    const Answer a = post(prefix, one, {
        {u"FriendlyName"_s, u"Salt Lake – Sales"_s},
        {u"VoiceUrl"_s, QString()},                     // cleared
        {u"VoiceMethod"_s, u"get"_s},
        {u"VoiceFallbackUrl"_s, u"https://fallback.example.com/v"_s},
        {u"VoiceFallbackMethod"_s, u"GET"_s},
        {u"VoiceCallerIdLookup"_s, u"false"_s},
        {u"TrunkSid"_s, trunk},
        {u"VoiceReceiveMode"_s, u"fax"_s},
        {u"StatusCallback"_s, u"https://status.example.com/"_s},
        {u"StatusCallbackMethod"_s, u"GET"_s},
        {u"SmsUrl"_s, u"https://new.example.com/sms"_s},
        {u"SmsMethod"_s, u"get"_s},
        {u"SmsFallbackUrl"_s, u"https://new.example.com/sms-fallback"_s},
        {u"SmsFallbackMethod"_s, u"GET"_s},
        {u"SmsApplicationSid"_s, QString()},
        {u"IdentitySid"_s, identity},
        {u"ApiVersion"_s, u"2010-04-01"_s},
        {u"EmergencyStatus"_s, u"Active"_s},
        {u"EmergencyAddressSid"_s, sw ? u"ignored"_s : u"AD"_s + hex32(u'6')},
        {u"BundleSid"_s, sw ? u"ignored"_s : u"BU"_s + hex32(u'5')},
        {u"PhoneNumber"_s, u"+19999999999"_s},          // not an update parameter: ignored
    });
    QVERIFY2(a.status == 200, a.body.constData());
    const QJsonObject n = get(prefix, one).json;
    QCOMPARE(n, a.json);
    QCOMPARE(n.value(u"phone_number"_s), bought.json.value(u"phone_number"_s));
    QCOMPARE(n.value(u"friendly_name"_s).toString(), u"Salt Lake – Sales"_s);
    QCOMPARE(n.value(u"voice_url"_s).toString(), QString());
    QCOMPARE(n.value(u"voice_method"_s).toString(), u"GET"_s);
    QCOMPARE(n.value(u"voice_fallback_url"_s).toString(), u"https://fallback.example.com/v"_s);
    QCOMPARE(n.value(u"voice_fallback_method"_s).toString(), u"GET"_s);
    QCOMPARE(n.value(u"voice_caller_id_lookup"_s).toBool(), false);
    QCOMPARE(n.value(u"trunk_sid"_s).toString(), trunk);
    QCOMPARE(n.value(u"voice_receive_mode"_s).toString(), u"fax"_s);
    QCOMPARE(n.value(u"status_callback"_s).toString(), u"https://status.example.com/"_s);
    QCOMPARE(n.value(u"status_callback_method"_s).toString(), u"GET"_s);
    QCOMPARE(n.value(u"sms_url"_s).toString(), u"https://new.example.com/sms"_s);
    QCOMPARE(n.value(u"sms_method"_s).toString(), u"GET"_s);
    QCOMPARE(n.value(u"sms_fallback_url"_s).toString(), u"https://new.example.com/sms-fallback"_s);
    QCOMPARE(n.value(u"sms_fallback_method"_s).toString(), u"GET"_s);
    QVERIFY(n.value(u"sms_application_sid"_s).isNull());
    QCOMPARE(n.value(u"identity_sid"_s).toString(), identity);
    if (sw) {
        QCOMPARE(n.value(u"emergency_status"_s).toString(), u"inactive"_s);
        QVERIFY(n.value(u"emergency_address_sid"_s).isNull());
    } else {
        QCOMPARE(n.value(u"emergency_status"_s).toString(), u"Active"_s);
        QCOMPARE(n.value(u"emergency_address_sid"_s).toString(), u"AD"_s + hex32(u'6'));
        QCOMPARE(n.value(u"emergency_address_status"_s).toString(), u"registered"_s);
        QCOMPARE(n.value(u"bundle_sid"_s).toString(), u"BU"_s + hex32(u'5'));
    }
    QVERIFY(QDateTime::fromString(n.value(u"date_updated"_s).toString(), Qt::RFC2822Date)
            >= QDateTime::fromString(bought.json.value(u"date_updated"_s).toString(), Qt::RFC2822Date));

    // Empty methods and choices go back to their defaults; an empty name to the number.
    const Answer reset = post(prefix, one, {{u"VoiceMethod"_s, QString()},
                                            {u"VoiceReceiveMode"_s, QString()},
                                            {u"FriendlyName"_s, QString()}});
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json.value(u"voice_method"_s).toString(), u"POST"_s);
    QCOMPARE(reset.json.value(u"voice_receive_mode"_s).toString(), u"voice"_s);
    QCOMPARE(reset.json.value(u"friendly_name"_s).toString(),
             QString(u"(" + n.value(u"phone_number"_s).toString().mid(2, 3) + u") "
                     + n.value(u"phone_number"_s).toString().mid(5, 3) + u"-"
                     + n.value(u"phone_number"_s).toString().mid(8)));
    // An empty update changes nothing but is fine.
    QCOMPARE(post(prefix, one, {}).status, 200);
}

void tst_SandboxNumbers::updateValidationChangesNothing_data()
{
    QTest::addColumn<Prefix>("prefix");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("code");
    for (const Prefix prefix : {Prefix::Twilio, Prefix::SignalWireTwilio}) {
        const char *family = prefix == Prefix::Twilio ? "twilio" : "signalwire";
        QTest::addRow("%s: FriendlyName too long", family) << prefix << u"FriendlyName"_s << QString(70, u'n') << 20001;
        QTest::addRow("%s: SmsMethod DELETE", family) << prefix << u"SmsMethod"_s << u"DELETE"_s << 20001;
        QTest::addRow("%s: IdentitySid bad", family) << prefix << u"IdentitySid"_s << u"RI-nope"_s << 20001;
        QTest::addRow("%s: VoiceCallerIdLookup 1", family) << prefix << u"VoiceCallerIdLookup"_s << u"1"_s << 20001;
        QTest::addRow("%s: VoiceReceiveMode video", family) << prefix << u"VoiceReceiveMode"_s << u"video"_s << 20001;
        QTest::addRow("%s: SmsUrl javascript", family) << prefix << u"SmsUrl"_s << u"javascript:alert(1)"_s << 21502;
        QTest::addRow("%s: VoiceFallbackUrl no host", family) << prefix << u"VoiceFallbackUrl"_s << u"https://"_s << 21502;
    }
}

void tst_SandboxNumbers::updateValidationChangesNothing()
{
    QFETCH(Prefix, prefix);
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    QFETCH(int, code);
    const Answer list = get(prefix, u"/IncomingPhoneNumbers.json?PageSize=1&Page=3"_s);
    const QJsonObject before = list.json.value(u"incoming_phone_numbers"_s).toArray().first().toObject();
    const QString one = u"/IncomingPhoneNumbers/%1.json"_s.arg(before.value(u"sid"_s).toString());
    // A valid change alongside the bad one is not applied either.
    const Answer a = post(prefix, one, {{u"StatusCallback"_s, u"https://should-not-stick.example.com/"_s},
                                        {parameter, value}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), code);
    QVERIFY2(a.message().contains(parameter), qPrintable(a.message()));
    QCOMPARE(get(prefix, one).json, before);
}

void tst_SandboxNumbers::trunkAndApplicationClearEachOther_data()
{
    QTest::addColumn<Prefix>("prefix");
    addPrefixRows();
}

void tst_SandboxNumbers::trunkAndApplicationClearEachOther()
{
    QFETCH(Prefix, prefix);
    const QString app = sidFor(prefix, u"AP"_s, u'1');
    const QString trunk = sidFor(prefix, u"TK"_s, u'2');
    // On create: the trunk given, no application.
    Answer a = buy(prefix, availableNumber(prefix, 602), {{u"TrunkSid"_s, trunk}});
    QCOMPARE(a.status, 201);
    QCOMPARE(a.json.value(u"trunk_sid"_s).toString(), trunk);
    QVERIFY(a.json.value(u"voice_application_sid"_s).isNull());
    const QString one = u"/IncomingPhoneNumbers/%1.json"_s.arg(a.json.value(u"sid"_s).toString());
    // Setting the application clears the trunk...
    a = post(prefix, one, {{u"VoiceApplicationSid"_s, app}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(u"voice_application_sid"_s).toString(), app);
    QVERIFY(a.json.value(u"trunk_sid"_s).isNull());
    // ...an unrelated change keeps it...
    a = post(prefix, one, {{u"SmsUrl"_s, u"https://example.com/sms"_s}});
    QCOMPARE(a.json.value(u"voice_application_sid"_s).toString(), app);
    // ...and setting the trunk clears the application, as the server stores it.
    a = post(prefix, one, {{u"TrunkSid"_s, trunk}});
    QCOMPARE(a.status, 200);
    QCOMPARE(get(prefix, one).json.value(u"trunk_sid"_s).toString(), trunk);
    QVERIFY(get(prefix, one).json.value(u"voice_application_sid"_s).isNull());
    // Both at once is refused.
    a = post(prefix, one, {{u"TrunkSid"_s, trunk}, {u"VoiceApplicationSid"_s, app}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), 20001);
    // Create with the application.
    a = buy(prefix, availableNumber(prefix, 602), {{u"VoiceApplicationSid"_s, app}});
    QCOMPARE(a.status, 201);
    QCOMPARE(a.json.value(u"voice_application_sid"_s).toString(), app);
    QVERIFY(a.json.value(u"trunk_sid"_s).isNull());
}

void tst_SandboxNumbers::updateAccountSid()
{
    const Answer list = get(Prefix::Twilio, u"/IncomingPhoneNumbers.json?PageSize=1&Page=5"_s);
    const QJsonObject before = list.json.value(u"incoming_phone_numbers"_s).toArray().first().toObject();
    const QString one = u"/IncomingPhoneNumbers/%1.json"_s.arg(before.value(u"sid"_s).toString());
    const QString own = m_sandbox.server().credentials().twilioAccountSid;
    // Its own account: accepted, nothing moves.
    Answer a = post(Prefix::Twilio, one, {{u"AccountSid"_s, own}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(u"account_sid"_s).toString(), own);
    // Any other account: no subaccounts in the sandbox, so refused, and nothing changes.
    a = post(Prefix::Twilio, one, {{u"AccountSid"_s, u"AC"_s + hex32(u'0')}, {u"FriendlyName"_s, u"Moved"_s}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.code(), 20001);
    QVERIFY(a.message().contains(u"AccountSid"_s));
    QCOMPARE(get(Prefix::Twilio, one).json.value(u"friendly_name"_s), before.value(u"friendly_name"_s));
    // A malformed one is a validation error like any other.
    a = post(Prefix::Twilio, one, {{u"AccountSid"_s, u"AC123"_s}});
    QCOMPARE(a.code(), 20001);
    // SignalWire takes no AccountSid: ignored.
    const Answer sw = get(Prefix::SignalWireLaml, u"/IncomingPhoneNumbers.json?PageSize=1"_s);
    const QString swOne = u"/IncomingPhoneNumbers/%1.json"_s.arg(
        sw.json.value(u"incoming_phone_numbers"_s).toArray().first().toObject().value(u"sid"_s).toString());
    QCOMPARE(post(Prefix::SignalWireLaml, swOne, {{u"AccountSid"_s, u"AC"_s + hex32(u'0')}}).status, 200);
}

void tst_SandboxNumbers::unknownSidIs20404_data()
{
    QTest::addColumn<Prefix>("prefix");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("sid");
    for (const QByteArray &verb : {"GET"_ba, "POST"_ba, "DELETE"_ba}) {
        QTest::addRow("twilio %s", verb.constData()) << Prefix::Twilio << verb << u"PN"_s + hex32(u'0');
        QTest::addRow("twilio %s, malformed", verb.constData()) << Prefix::Twilio << verb << u"nonsense"_s;
        QTest::addRow("signalwire %s", verb.constData()) << Prefix::SignalWireLaml << verb
                                                        << u"0b9f4b8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"_s;
        QTest::addRow("signalwire twilio path %s", verb.constData()) << Prefix::SignalWireTwilio << verb
                                                                    << u"PN"_s + hex32(u'0');
    }
}

void tst_SandboxNumbers::unknownSidIs20404()
{
    QFETCH(Prefix, prefix);
    QFETCH(QByteArray, verb);
    QFETCH(QString, sid);
    const Answer a = send(verb, this->prefix(prefix) + u"/IncomingPhoneNumbers/%1.json"_s.arg(sid), prefix,
                          verb == "POST" ? encodeForm({{u"FriendlyName"_s, u"x"_s}}) : QByteArray());
    QCOMPARE(a.status, 404);
    QCOMPARE(a.code(), 20404);
    QCOMPARE(a.json.value(u"more_info"_s).toString(), u"https://www.twilio.com/docs/errors/20404"_s);
}

void tst_SandboxNumbers::releaseReturnsTheNumber_data()
{
    QTest::addColumn<Prefix>("prefix");
    addPrefixRows();
}

void tst_SandboxNumbers::releaseReturnsTheNumber()
{
    QFETCH(Prefix, prefix);
    const QString number = availableNumber(prefix, 615);
    const Answer a = buy(prefix, number);
    QCOMPARE(a.status, 201);
    const QString one = u"/IncomingPhoneNumbers/%1.json"_s.arg(a.json.value(u"sid"_s).toString());
    const Answer released = remove(prefix, one);
    QCOMPARE(released.status, 204);
    QVERIFY(released.body.isEmpty());
    QVERIFY(released.header("Content-Type").isEmpty());
    QCOMPARE(owned(prefix, number), 0);
    // A retried release (its first answer lost) is 20404: the app counts that as released.
    const Answer again = remove(prefix, one);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.code(), 20404);
    // Back in the inventory with its place, and buyable again.
    const QJsonArray found = search(prefix, u"AreaCode=615&Contains="_s + QString::fromLatin1(QUrl::toPercentEncoding(number)));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"locality"_s).toString(), u"Nashville"_s);
    QCOMPARE(buy(prefix, number).status, 201);
}

void tst_SandboxNumbers::releasedDemoNumberJoinsTheInventory()
{
    // A demo number was never in the inventory; released, it joins it with its area's place.
    QString sid, number;
    const Answer page = get(Prefix::Twilio, u"/IncomingPhoneNumbers/Local.json?PageSize=50"_s);
    for (const QJsonValue &v : page.json.value(u"incoming_phone_numbers"_s).toArray()) {
        const QJsonObject n = v.toObject();
        if (n.value(u"address_requirements"_s).toString() == u"none") {
            sid = n.value(u"sid"_s).toString();
            number = n.value(u"phone_number"_s).toString();
            break;
        }
    }
    QVERIFY(!sid.isEmpty());
    const QString contains = u"Contains="_s + QString::fromLatin1(QUrl::toPercentEncoding(number));
    QVERIFY(search(Prefix::Twilio, contains).isEmpty());
    QCOMPARE(remove(Prefix::Twilio, u"/IncomingPhoneNumbers/%1.json"_s.arg(sid)).status, 204);
    QJsonArray found = search(Prefix::Twilio, contains);
    if (found.isEmpty()) // a Canadian number
        found = search(Prefix::Twilio, contains, u"Local"_s, u"CA"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"phone_number"_s).toString(), number);
    QVERIFY(!found.first().toObject().value(u"region"_s).toString().isEmpty());
}

// --- the HTTP layer on the new routes ----------------------------------------------------

void tst_SandboxNumbers::authenticationOnNewRoutes_data()
{
    QTest::addColumn<Prefix>("prefix");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("credentials");
    for (const Prefix prefix : {Prefix::Twilio, Prefix::SignalWireLaml}) {
        const char *family = prefix == Prefix::Twilio ? "twilio" : "signalwire";
        for (const int c : {int(Credentials::Wrong), int(Credentials::None)}) {
            const char *how = c == int(Credentials::Wrong) ? "wrong" : "none";
            QTest::addRow("%s %s: search", family, how) << prefix << "GET"_ba << u"/AvailablePhoneNumbers/US/Local.json"_s << c;
            QTest::addRow("%s %s: countries", family, how) << prefix << "GET"_ba << u"/AvailablePhoneNumbers.json"_s << c;
            QTest::addRow("%s %s: buy", family, how) << prefix << "POST"_ba << u"/IncomingPhoneNumbers.json"_s << c;
            QTest::addRow("%s %s: buy local", family, how) << prefix << "POST"_ba << u"/IncomingPhoneNumbers/Local.json"_s << c;
            QTest::addRow("%s %s: update", family, how) << prefix << "POST"_ba << u"/IncomingPhoneNumbers/PN%1.json"_s.arg(hex32(u'0')) << c;
            QTest::addRow("%s %s: release", family, how) << prefix << "DELETE"_ba << u"/IncomingPhoneNumbers/PN%1.json"_s.arg(hex32(u'0')) << c;
        }
    }
}

void tst_SandboxNumbers::authenticationOnNewRoutes()
{
    QFETCH(Prefix, prefix);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, credentials);
    const int before = ownedCount(prefix);
    const Answer a = send(verb, this->prefix(prefix) + path, prefix,
                          verb == "POST" ? encodeForm({{u"AreaCode"_s, u"500"_s}}) : QByteArray(),
                          Credentials(credentials));
    QCOMPARE(a.status, 401);
    QCOMPARE(a.code(), 20003);
    QCOMPARE(a.json.value(u"more_info"_s).toString(), u"https://www.twilio.com/docs/errors/20003"_s);
    QCOMPARE(ownedCount(prefix), before);
}

void tst_SandboxNumbers::throttleOnNewRoutes()
{
    const int before = ownedCount(Prefix::Twilio);
    QVERIFY(before > 0);
    FaultOptions faults;
    QVERIFY(faults.parse(u"throttle=1"_s, nullptr));
    m_sandbox.server().setFaults(faults);
    // Several purchases at once: past one in a second, 429 with Retry-After, nothing bought.
    QList<QNetworkReply *> replies;
    const SandboxCredentials c = m_sandbox.server().credentials();
    for (int i = 0; i < 6; ++i) {
        QNetworkRequest request(m_sandbox.server().baseUrl().resolved(
            QUrl(prefix(Prefix::Twilio) + u"/IncomingPhoneNumbers.json"_s)));
        request.setRawHeader("Authorization", "Basic " + (c.twilioAccountSid + u':' + c.twilioAuthToken).toUtf8().toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        request.setTransferTimeout(20000);
        replies << m_nam.post(request, encodeForm({{u"AreaCode"_s, u"500"_s}}));
    }
    int bought = 0, throttled = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const Answer a = collect(reply);
        if (a.status == 201) {
            ++bought;
            continue;
        }
        QCOMPARE(a.status, 429);
        QCOMPARE(a.code(), 20429);
        QCOMPARE(a.header("Retry-After"), "1");
        ++throttled;
    }
    QVERIFY(throttled >= 1);
    QVERIFY(bought <= 1);
    // Searches are throttled the same way.
    QList<QNetworkReply *> searches;
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request(m_sandbox.server().baseUrl().resolved(
            QUrl(prefix(Prefix::Twilio) + u"/AvailablePhoneNumbers/US/Local.json"_s)));
        request.setRawHeader("Authorization", "Basic " + (c.twilioAccountSid + u':' + c.twilioAuthToken).toUtf8().toBase64());
        request.setTransferTimeout(20000);
        searches << m_nam.get(request);
    }
    int searchThrottled = 0;
    for (QNetworkReply *reply : std::as_const(searches)) {
        const Answer a = collect(reply);
        if (a.status == 429) {
            QCOMPARE(a.code(), 20429);
            ++searchThrottled;
        }
    }
    QVERIFY(searchThrottled >= 1);
    m_sandbox.server().setFaults({});
    QCOMPARE(ownedCount(Prefix::Twilio), before + bought);
}

void tst_SandboxNumbers::lostAnswerPurchaseIsStoredOnce()
{
    for (const Prefix prefix : {Prefix::Twilio, Prefix::SignalWireLaml}) {
        const QString number = availableNumber(prefix, 718);
        QVERIFY(!number.isEmpty());
        QCOMPARE(owned(prefix, number), 0);
        FaultOptions faults;
        QVERIFY(faults.parse(u"lost-answer-rate=1"_s, nullptr));
        m_sandbox.server().setFaults(faults);
        const quint64 before = m_sandbox.server().requestCount();

        // A raw socket, so that exactly one POST goes out (an HTTP stack may resend).
        const SandboxCredentials c = m_sandbox.server().credentials();
        const bool sw = isFamilySignalWire(prefix);
        const QByteArray auth = ((sw ? c.signalwireProjectId : c.twilioAccountSid) + u':'
                                 + (sw ? c.signalwireToken : c.twilioAuthToken)).toUtf8().toBase64();
        const QByteArray body = encodeForm({{u"PhoneNumber"_s, number}, {u"FriendlyName"_s, u"Lost answer"_s}});
        QTcpSocket socket;
        const QUrl base = m_sandbox.server().baseUrl();
        socket.connectToHost(base.host(), quint16(base.port()));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 10000);
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.write("POST " + this->prefix(prefix).toUtf8() + "/IncomingPhoneNumbers.json HTTP/1.1\r\n"
                     "Host: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     "Authorization: Basic " + auth + "\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 20000);
        QCOMPARE(received, QByteArray()); // no answer at all
        QCOMPARE(m_sandbox.server().requestCount(), before + 1);

        // The purchase happened, exactly once; looking the number up finds it.
        m_sandbox.server().setFaults({});
        QCOMPARE(owned(prefix, number), 1);
        const Answer again = buy(prefix, number);
        QCOMPARE(again.code(), 21422);
        QVERIFY(again.message().contains(u"already owns"_s));
        QCOMPARE(owned(prefix, number), 1);
    }
}

void tst_SandboxNumbers::lateCommitCarriesTheCreateOutLater()
{
    const QString number = availableNumber(Prefix::Twilio, 718);
    QVERIFY(!number.isEmpty());
    FaultOptions faults;
    QVERIFY(faults.parse(u"late-commit-rate=1"_s, nullptr));
    QVERIFY(faults.parse(u"late-commit-ms=1500"_s, nullptr));
    QCOMPARE(faults.lateCommitMs, 1500);
    m_sandbox.server().setFaults(faults);

    // The purchase gets no answer: the connection closes.
    const Answer lost = buy(Prefix::Twilio, number);
    QCOMPARE(lost.status, 0);
    QVERIFY(lost.error != QNetworkReply::NoError);
    // Reads are answered as things stand: not bought yet...
    QCOMPARE(owned(Prefix::Twilio, number), 0);
    // ...and an update (a POST to one number, not a create) is answered at once.
    const QJsonArray mine = get(Prefix::Twilio, u"/IncomingPhoneNumbers.json?PageSize=1"_s)
                                .json.value(u"incoming_phone_numbers"_s).toArray();
    QVERIFY(!mine.isEmpty());
    const Answer updated = post(Prefix::Twilio,
                                u"/IncomingPhoneNumbers/%1.json"_s.arg(mine.first()[u"sid"_s].toString()),
                                {{u"FriendlyName"_s, u"Updated under late commits"_s}});
    QCOMPARE(updated.status, 200);
    // ...then the server carries the purchase out, once.
    QTRY_COMPARE_WITH_TIMEOUT(owned(Prefix::Twilio, number), 1, 10000);
    m_sandbox.server().setFaults({});
    QCOMPARE(buy(Prefix::Twilio, number).code(), 21422);
    QCOMPARE(owned(Prefix::Twilio, number), 1);

    QString error;
    QVERIFY(!faults.parse(u"late-commit-ms=-1"_s, &error));
    QVERIFY(error.contains(u"late-commit-ms"));
    QVERIFY(!faults.parse(u"late-commit-rate=2"_s, &error));
}

void tst_SandboxNumbers::subaccountHasItsOwnNumbers()
{
    const SandboxCredentials c = m_sandbox.server().credentials();
    QVERIFY(c.twilioSubaccountSid.startsWith(u"AC"));
    QVERIFY(c.twilioSubaccountSid != c.twilioAccountSid);
    const QSet<QString> mainNumbers = [&] {
        QSet<QString> numbers;
        for (const QJsonValue &v : get(Prefix::Twilio, u"/IncomingPhoneNumbers.json?PageSize=1000"_s)
                                       .json.value(u"incoming_phone_numbers"_s).toArray())
            numbers.insert(v.toObject().value(u"phone_number"_s).toString());
        return numbers;
    }();
    QVERIFY(mainNumbers.size() >= 50);

    // Its own demo numbers, none of the first account's, each saying whose it is.
    const Answer list = asSubaccount("GET", u"/IncomingPhoneNumbers.json?PageSize=1000"_s);
    QCOMPARE(list.status, 200);
    const QJsonArray subNumbers = list.json.value(u"incoming_phone_numbers"_s).toArray();
    QCOMPARE(subNumbers.size(), 40);
    for (const QJsonValue &v : subNumbers) {
        QCOMPARE(v.toObject().value(u"account_sid"_s).toString(), c.twilioSubaccountSid);
        QVERIFY(!mainNumbers.contains(v.toObject().value(u"phone_number"_s).toString()));
    }
    // The first account's numbers are not the subaccount's to read or buy.
    const QJsonObject theirs = get(Prefix::Twilio, u"/IncomingPhoneNumbers.json?PageSize=1"_s)
                                   .json.value(u"incoming_phone_numbers"_s).toArray().first().toObject();
    QCOMPARE(asSubaccount("GET", u"/IncomingPhoneNumbers/%1.json"_s.arg(theirs[u"sid"_s].toString())).code(),
             20404);
    const Answer taken = asSubaccount("POST", u"/IncomingPhoneNumbers.json"_s,
                                      {{u"PhoneNumber"_s, theirs[u"phone_number"_s].toString()}});
    QCOMPARE(taken.code(), 21422);
    QVERIFY(!taken.message().contains(u"already owns"));

    // What it buys is its own, and for sale to nobody else.
    const QString number = availableNumber(Prefix::Twilio, 415);
    const Answer bought = asSubaccount("POST", u"/IncomingPhoneNumbers.json"_s, {{u"PhoneNumber"_s, number}});
    QCOMPARE(bought.status, 201);
    QCOMPARE(bought.json.value(u"account_sid"_s).toString(), c.twilioSubaccountSid);
    QCOMPARE(owned(Prefix::Twilio, number), 0);
    QCOMPARE(buy(Prefix::Twilio, number).code(), 21422);
    QVERIFY(asSubaccount("POST", u"/IncomingPhoneNumbers.json"_s, {{u"PhoneNumber"_s, number}})
                .message().contains(u"already owns"));
    // Its own token, nobody else's.
    QCOMPARE(asSubaccount("GET", u"/IncomingPhoneNumbers.json"_s, {}, c.twilioAuthToken).status, 401);
}

void tst_SandboxNumbers::restartKeepsTheInventory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.dataDir = dir.path();
    options.seed = u"demo"_s;
    options.numbers = 5;
    QString error;
    QString bought;
    for (int run = 0; run < 2; ++run) {
        SandboxServer server;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        const SandboxCredentials c = server.credentials();
        const auto request = [&](const QString &path) {
            QNetworkRequest r(server.baseUrl().resolved(QUrl(u"/2010-04-01/Accounts/"_s + c.twilioAccountSid + path)));
            r.setRawHeader("Authorization", "Basic " + (c.twilioAccountSid + u':' + c.twilioAuthToken).toUtf8().toBase64());
            r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
            r.setTransferTimeout(20000);
            return r;
        };
        const Answer stock = collect(m_nam.get(request(u"/AvailablePhoneNumbers/CA/Local.json?AreaCode=902"_s)));
        QCOMPARE(stock.status, 200);
        const QJsonArray left = stock.json.value(u"available_phone_numbers"_s).toArray();
        if (run == 0) {
            // Buy Halifax out.
            QVERIFY(!left.isEmpty());
            for (qsizetype i = 0; i < left.size(); ++i) {
                const Answer a = collect(m_nam.post(request(u"/IncomingPhoneNumbers.json"_s),
                                                    encodeForm({{u"AreaCode"_s, u"902"_s}, {u"AddressSid"_s, u"AD"_s + hex32(u'1')}})));
                QCOMPARE(a.status, 201);
                bought = a.json.value(u"phone_number"_s).toString();
            }
        } else {
            // Not refilled on restart: still sold out, the purchases kept.
            QVERIFY(left.isEmpty());
            const Answer mine = collect(m_nam.get(request(u"/IncomingPhoneNumbers.json?PhoneNumber="_s
                                                          + QString::fromLatin1(QUrl::toPercentEncoding(bought)))));
            QCOMPARE(mine.json.value(u"incoming_phone_numbers"_s).toArray().size(), 1);
        }
    }
}

void tst_SandboxNumbers::olderDataFolderIsUpgraded()
{
    // A data folder from before the inventory and api_version: it starts, gets both, keeps data.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.dataDir = dir.path();
    options.seed = u"demo"_s;
    options.numbers = 5;
    QString error;
    {
        SandboxServer server;
        QVERIFY2(server.start(options, &error), qPrintable(error));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(dir.filePath(u"sandbox.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"ALTER TABLE numbers DROP COLUMN api_version"_s));
        QVERIFY(q.exec(u"DROP TABLE available_numbers"_s));
        QVERIFY(q.exec(u"DELETE FROM meta WHERE key = 'inventory_seeded'"_s));
        QVERIFY(q.exec(u"UPDATE meta SET value = '1' WHERE key = 'schema_version'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);
    SandboxServer server;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    const SandboxCredentials c = server.credentials();
    const auto authorized = [&](const QString &path) {
        QNetworkRequest r(server.baseUrl().resolved(QUrl(u"/2010-04-01/Accounts/"_s + c.twilioAccountSid + path)));
        r.setRawHeader("Authorization", "Basic " + (c.twilioAccountSid + u':' + c.twilioAuthToken).toUtf8().toBase64());
        r.setTransferTimeout(20000);
        return r;
    };
    const Answer list = collect(m_nam.get(authorized(u"/IncomingPhoneNumbers.json"_s)));
    QCOMPARE(list.status, 200);
    const QJsonArray numbers = list.json.value(u"incoming_phone_numbers"_s).toArray();
    QCOMPARE(numbers.size(), 5);
    QCOMPARE(numbers.first().toObject().value(u"api_version"_s).toString(), u"2010-04-01"_s);
    const Answer stock = collect(m_nam.get(authorized(u"/AvailablePhoneNumbers/US/Local.json"_s)));
    QCOMPARE(stock.json.value(u"available_phone_numbers"_s).toArray().size(), 30);
}

QTEST_GUILESS_MAIN(tst_SandboxNumbers)
#include "tst_sandboxnumbers.moc"
