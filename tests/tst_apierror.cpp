// Decoding every family's error body into the one ApiError value.
#include "api/accountprofile.h"
#include "api/apierror.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ApiError : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void broadcastListsEveryField();
    void transportErrorsReadWell();
    void baseUrlRules_data();
    void baseUrlRules();
};

void tst_ApiError::decode_data()
{
    QTest::addColumn<ApiFamily>("family");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("properties, required parameter")
        << ApiFamily::Properties << 400
        << R"({"Error":{"Code":"PARAMETER_REQUIRED","Message":"TimeZone is required","Parameter":"TimeZone"}})"_ba
        << u"PARAMETER_REQUIRED"_s << u"TimeZone"_s << u"TimeZone is required"_s;
    QTest::newRow("properties, not found without parameter")
        << ApiFamily::Properties << 404
        << R"({"Error":{"Code":"NOT_FOUND","Message":"No such property"}})"_ba
        << u"NOT_FOUND"_s << QString() << u"No such property"_s;
    QTest::newRow("twilio, numeric code")
        << ApiFamily::Twilio << 400
        << R"({"code":21452,"message":"No numbers in area code 533","more_info":"https://www.twilio.com/docs/errors/21452","status":400})"_ba
        << u"21452"_s << QString() << u"area code 533"_s;
    QTest::newRow("twilio, a parameter named in the message")
        << ApiFamily::Twilio << 400
        << R"({"code":21502,"message":"VoiceUrl is not valid: Start the URL with https://","status":400})"_ba
        << u"21502"_s << u"VoiceUrl"_s << u"Start the URL"_s;
    QTest::newRow("twilio, a parameter inside another word is not a field")
        << ApiFamily::Twilio << 400
        << R"({"code":20001,"message":"SmsUrlX is odd; SmsMethod must be GET","status":400})"_ba
        << u"20001"_s << u"SmsMethod"_s << u"must be GET"_s;
    QTest::newRow("signalwire, authentication")
        << ApiFamily::SignalWire << 401
        << R"({"code":20003,"message":"Authenticate","status":401})"_ba
        << u"20003"_s << QString() << u"Authenticate"_s;
    QTest::newRow("broadcast, one field")
        << ApiFamily::Broadcast << 422
        << R"({"errors":[{"field":"name","code":"required","message":"can't be blank"}]})"_ba
        << u"required"_s << u"name"_s << u"can't be blank"_s;
    QTest::newRow("html from a proxy")
        << ApiFamily::Twilio << 502 << "<html>Bad gateway</html>"_ba
        << QString() << QString() << u"502"_s;
    QTest::newRow("empty body")
        << ApiFamily::Properties << 500 << QByteArray()
        << QString() << QString() << u"500"_s;
    QTest::newRow("json of another family")
        << ApiFamily::Properties << 400 << R"({"code":1,"message":"x"})"_ba
        << QString() << QString() << u"400"_s;
}

void tst_ApiError::decode()
{
    QFETCH(ApiFamily, family);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);

    const ApiError e = ApiError::fromHttpBody(family, status, body);
    QVERIFY(e.isError());
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.code(), code);
    QCOMPARE(e.field(), field);
    QVERIFY2(e.displayText().contains(messagePart), qPrintable(e.displayText()));
    // An error status is an answer; only a 5xx leaves open whether the server acted.
    QCOMPARE(e.outcomeUnknown(), status >= 500);
}

void tst_ApiError::broadcastListsEveryField()
{
    const ApiError e = ApiError::fromHttpBody(
        ApiFamily::Broadcast, 422,
        R"({"errors":[{"field":"brand_id","code":"required","message":"brand is required"},
                      {"field":"phone_number_ids","code":"too_many","message":"at most 49"}]})"_ba);
    QCOMPARE(e.fieldErrors().size(), 2);
    QCOMPARE(e.fieldErrors().at(0).field, u"brand_id"_s);
    QCOMPARE(e.fieldErrors().at(1).field, u"phone_number_ids"_s);
    QCOMPARE(e.fieldErrors().at(1).code, u"too_many"_s);
    QCOMPARE(e.field(), u"brand_id"_s);
    QVERIFY(e.displayText().contains(u"at most 49"_s));
}

void tst_ApiError::transportErrorsReadWell()
{
    const ApiError dropped = ApiError::transport(ApiError::Kind::Dropped, u"closed"_s);
    QVERIFY(dropped.outcomeUnknown());
    QVERIFY(dropped.displayText().contains(u"closed"_s));
    const ApiError refused = ApiError::transport(ApiError::Kind::Refused, u"refused"_s);
    QVERIFY(!refused.outcomeUnknown());
    QCOMPARE(refused.httpStatus(), 0);
    // A name that does not resolve: nothing was sent, the server is unreachable for now.
    const ApiError nowhere = ApiError::transport(ApiError::Kind::HostNotFound, u"api.example.invalid"_s);
    QVERIFY(nowhere.provesNotActedOn());
    QVERIFY(!nowhere.outcomeUnknown());
    QVERIFY(nowhere.meansUnreachable());
    QVERIFY(nowhere.isTransient());
    QVERIFY(nowhere.mayRepeat(false));
    QVERIFY(nowhere.displayText().contains(u"api.example.invalid"_s));
    QVERIFY(!ApiError().isError());
    QVERIFY(ApiError().displayText().isEmpty());
    // Without words from the transport, a whole sentence: never a dangling ": ".
    for (const ApiError::Kind kind : {ApiError::Kind::Refused, ApiError::Kind::HostNotFound,
                                      ApiError::Kind::Timeout, ApiError::Kind::Dropped,
                                      ApiError::Kind::Tls, ApiError::Kind::Malformed,
                                      ApiError::Kind::Network}) {
        const QString text = ApiError::transport(kind, {}).displayText();
        QVERIFY2(text.endsWith(u'.') && !text.contains(u": "_s), qPrintable(text));
    }
}

void tst_ApiError::baseUrlRules_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("https anywhere") << QUrl(u"https://api.twilio.com"_s) << true;
    QTest::newRow("http loopback v4") << QUrl(u"http://127.0.0.1:8080"_s) << true;
    QTest::newRow("http localhost") << QUrl(u"http://localhost:8080"_s) << true;
    QTest::newRow("http loopback v6") << QUrl(u"http://[::1]:8080"_s) << true;
    QTest::newRow("http remote") << QUrl(u"http://api.twilio.com"_s) << false;
    QTest::newRow("http private range") << QUrl(u"http://192.168.1.10"_s) << false;
    QTest::newRow("ftp") << QUrl(u"ftp://example.com"_s) << false;
    QTest::newRow("no host") << QUrl(u"https://"_s) << false;
}

void tst_ApiError::baseUrlRules()
{
    QFETCH(QUrl, url);
    QFETCH(bool, acceptable);
    QCOMPARE(checkBaseUrl(url).isEmpty(), acceptable);
}

QTEST_APPLESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
