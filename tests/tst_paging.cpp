// PagedEndpoint's pure functions on hand-written JSON: the first request and one page of
// each of the three list shapes, including the pages that must be refused.
#include "api/accountclient.h"
#include "api/apijob.h"
#include "api/paging.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PagedEndpoint)
Q_DECLARE_METATYPE(PagedEndpoint::Style)

class tst_Paging : public QObject
{
    Q_OBJECT

private slots:
    void firstRequest_data();
    void firstRequest();
    void pageSizeIsClamped();
    void parsePage_data();
    void parsePage();
    void malformedPages_data();
    void malformedPages();
    void failedResultKeepsItsError();
    void relativeNextPageKeepsItsQueryOnTheWire();
    void requestAfterEmptyTokenIsTheFirstRequest();

private:
    static PagedEndpoint endpoint(PagedEndpoint::Style style);
    static QString text(const PageRequest &request);
    static ApiResult answer(const QByteArray &body);
};

PagedEndpoint tst_Paging::endpoint(PagedEndpoint::Style style)
{
    switch (style) {
    case PagedEndpoint::Style::Properties: return PagedEndpoint::properties(50);
    case PagedEndpoint::Style::Twilio:
        return PagedEndpoint::incomingPhoneNumbers(ApiFamily::Twilio, u"AC0123"_s, 50);
    case PagedEndpoint::Style::Broadcast: return PagedEndpoint::broadcast(u"/v1/phone_numbers"_s, 50);
    }
    return {};
}

QString tst_Paging::text(const PageRequest &request)
{
    if (!request.isValid())
        return {};
    const QString query = request.query.query(QUrl::FullyEncoded);
    return query.isEmpty() ? request.path : request.path + u'?' + query;
}

ApiResult tst_Paging::answer(const QByteArray &body)
{
    ApiResult result;
    result.httpStatus = 200;
    result.body = body;
    result.json = QJsonDocument::fromJson(body);
    return result;
}

void tst_Paging::firstRequest_data()
{
    QTest::addColumn<PagedEndpoint>("endpoint");
    QTest::addColumn<QString>("expected");

    QTest::newRow("properties") << PagedEndpoint::properties(100)
                                << u"/v2/Properties?Results_Count=100"_s;
    QTest::newRow("properties, server's default size") << PagedEndpoint::properties()
                                                       << u"/v2/Properties"_s;
    QTest::newRow("twilio") << PagedEndpoint::incomingPhoneNumbers(ApiFamily::Twilio, u"AC1"_s, 200)
                            << u"/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?PageSize=200"_s;
    QTest::newRow("signalwire")
        << PagedEndpoint::incomingPhoneNumbers(ApiFamily::SignalWire, u"9a1b-2c"_s, 20)
        << u"/api/laml/2010-04-01/Accounts/9a1b-2c/IncomingPhoneNumbers.json?PageSize=20"_s;
    QTest::newRow("broadcast") << PagedEndpoint::broadcast(u"/v1/brands"_s, 10)
                               << u"/v1/brands?limit=10"_s;

    // Filters travel encoded: a '+' is %2B, never a space; a page size in them is replaced.
    PagedEndpoint filtered = PagedEndpoint::incomingPhoneNumbers(ApiFamily::Twilio, u"AC1"_s, 30);
    filtered.query.addQueryItem(u"PhoneNumber"_s, u"+1415"_s);
    filtered.query.addQueryItem(u"FriendlyName"_s, u"Front desk & lobby"_s);
    filtered.query.addQueryItem(u"PageSize"_s, u"999"_s);
    QTest::newRow("twilio, filters")
        << filtered
        << u"/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json"
           u"?PhoneNumber=%2B1415&FriendlyName=Front%20desk%20%26%20lobby&PageSize=30"_s;
}

void tst_Paging::firstRequest()
{
    QFETCH(PagedEndpoint, endpoint);
    QFETCH(QString, expected);
    QCOMPARE(text(endpoint.firstRequest()), expected);
}

void tst_Paging::pageSizeIsClamped()
{
    QCOMPARE(PagedEndpoint::properties(5000).boundedPageSize(), PagedEndpoint::MaxPageSize);
    QCOMPARE(text(PagedEndpoint::broadcast(u"/v1/phone_numbers"_s, 5000).firstRequest()),
             u"/v1/phone_numbers?limit=1000"_s);
    QCOMPARE(PagedEndpoint::properties(-3).boundedPageSize(), 0);
    QCOMPARE(PagedEndpoint::properties().pageSizeParameter(), u"Results_Count"_s);
    QCOMPARE(endpoint(PagedEndpoint::Style::Twilio).pageSizeParameter(), u"PageSize"_s);
    QCOMPARE(endpoint(PagedEndpoint::Style::Broadcast).pageSizeParameter(), u"limit"_s);
}

void tst_Paging::parsePage_data()
{
    QTest::addColumn<PagedEndpoint::Style>("style");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("records");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("nextToken");
    QTest::addColumn<QString>("next");

    using S = PagedEndpoint::Style;
    QTest::newRow("properties, more pages")
        << S::Properties
        << R"({"Properties":[{"a":1},{"a":2}],"TotalCount":312,"NextPageToken":"YWZ0ZXI6NTA"})"_ba
        << 2 << qint64(312) << u"YWZ0ZXI6NTA"_s
        << u"/v2/Properties?Results_Count=50&NextPageToken=YWZ0ZXI6NTA"_s;
    QTest::newRow("properties, last page")
        << S::Properties << R"({"Properties":[{"a":1}],"TotalCount":1,"NextPageToken":null})"_ba
        << 1 << qint64(1) << QString() << QString();
    QTest::newRow("properties, no token at all")
        << S::Properties << R"({"Properties":[],"TotalCount":0})"_ba
        << 0 << qint64(0) << QString() << QString();
    QTest::newRow("properties, Projects alias")
        << S::Properties << R"({"Projects":[{"a":1}],"TotalCount":9,"NextPageToken":"t"})"_ba
        << 1 << qint64(9) << u"t"_s << u"/v2/Properties?Results_Count=50&NextPageToken=t"_s;
    QTest::newRow("properties, numeric token")
        << S::Properties << R"({"Properties":[],"TotalCount":5,"NextPageToken":100})"_ba
        << 0 << qint64(5) << u"100"_s << u"/v2/Properties?Results_Count=50&NextPageToken=100"_s;
    QTest::newRow("properties, opaque token is encoded")
        << S::Properties << R"({"Properties":[],"TotalCount":5,"NextPageToken":"a+b/c=&d"})"_ba
        << 0 << qint64(5) << u"a+b/c=&d"_s
        << u"/v2/Properties?Results_Count=50&NextPageToken=a%2Bb%2Fc%3D%26d"_s;

    const QByteArray paging =
        R"("page":1,"page_size":2,"start":2,"end":3,"uri":"/x?Page=1","first_page_uri":"/x?Page=0","previous_page_uri":"/x?Page=0")";
    QTest::newRow("twilio, relative next page kept with its query")
        << S::Twilio
        << R"({"incoming_phone_numbers":[{"sid":"PN1"},{"sid":"PN2"}],)"_ba + paging
               + R"(,"next_page_uri":"/2010-04-01/Accounts/AC0123/IncomingPhoneNumbers.json?PhoneNumber=%2B1415&FriendlyName=Front%20desk&PageSize=2&Page=2&PageToken=PA4"})"_ba
        << 2 << qint64(-1)
        << u"/2010-04-01/Accounts/AC0123/IncomingPhoneNumbers.json?PhoneNumber=%2B1415&FriendlyName=Front%20desk&PageSize=2&Page=2&PageToken=PA4"_s
        << u"/2010-04-01/Accounts/AC0123/IncomingPhoneNumbers.json?PhoneNumber=%2B1415&FriendlyName=Front%20desk&PageSize=2&Page=2&PageToken=PA4"_s;
    QTest::newRow("twilio, last page")
        << S::Twilio
        << R"({"incoming_phone_numbers":[{"sid":"PN1"}],)"_ba + paging + R"(,"next_page_uri":null})"_ba
        << 1 << qint64(-1) << QString() << QString();
    // "@" is a path character: this is a path on the account's own server, not a login.
    QTest::newRow("twilio, '@' in a path stays a path")
        << S::Twilio << R"({"incoming_phone_numbers":[],"next_page_uri":"/@evil.example/x.json"})"_ba
        << 0 << qint64(-1) << u"/@evil.example/x.json"_s << u"/@evil.example/x.json"_s;
    QTest::newRow("twilio, empty list")
        << S::Twilio
        << R"({"incoming_phone_numbers":[],"page":0,"page_size":50,"start":0,"end":0,"uri":"/x","first_page_uri":"/x","next_page_uri":null,"previous_page_uri":null})"_ba
        << 0 << qint64(-1) << QString() << QString();

    QTest::newRow("broadcast, more pages")
        << S::Broadcast << R"({"data":[{"id":"pn_1"},{"id":"pn_2"}],"total":12,"next_page":"YWZ0ZXI6Mg"})"_ba
        << 2 << qint64(12) << u"YWZ0ZXI6Mg"_s << u"/v1/phone_numbers?limit=50&page_token=YWZ0ZXI6Mg"_s;
    QTest::newRow("broadcast, last page")
        << S::Broadcast << R"({"data":[{"id":"pn_1"}],"total":12,"next_page":null})"_ba
        << 1 << qint64(12) << QString() << QString();
    QTest::newRow("broadcast, no total")
        << S::Broadcast << R"({"data":[{"id":"pn_1"}],"next_page":"t"})"_ba
        << 1 << qint64(-1) << u"t"_s << u"/v1/phone_numbers?limit=50&page_token=t"_s;
}

void tst_Paging::parsePage()
{
    QFETCH(PagedEndpoint::Style, style);
    QFETCH(QByteArray, body);
    QFETCH(int, records);
    QFETCH(qint64, total);
    QFETCH(QString, nextToken);
    QFETCH(QString, next);

    const PageResult page = endpoint(style).parsePage(answer(body));
    QVERIFY2(page.ok(), qPrintable(page.error.message()));
    QCOMPARE(page.records.size(), records);
    for (const QJsonValue &record : page.records)
        QVERIFY(record.isObject());
    QCOMPARE(page.totalCount, total);
    QCOMPARE(page.nextToken, nextToken);
    QCOMPARE(text(page.next), next);
    QCOMPARE(page.isLastPage(), next.isEmpty());
}

void tst_Paging::malformedPages_data()
{
    QTest::addColumn<PagedEndpoint::Style>("style");
    QTest::addColumn<QByteArray>("body");

    using S = PagedEndpoint::Style;
    QTest::newRow("empty body") << S::Properties << QByteArray();
    QTest::newRow("not an object") << S::Properties << R"([{"a":1}])"_ba;
    QTest::newRow("properties, no array") << S::Properties << R"({"TotalCount":1})"_ba;
    QTest::newRow("properties, array is an object")
        << S::Properties << R"({"Properties":{"a":1},"TotalCount":1})"_ba;
    QTest::newRow("properties, a record is a string")
        << S::Properties << R"({"Properties":[{"a":1},"x"],"TotalCount":2})"_ba;
    QTest::newRow("properties, no TotalCount") << S::Properties << R"({"Properties":[]})"_ba;
    QTest::newRow("properties, TotalCount is text")
        << S::Properties << R"({"Properties":[],"TotalCount":"3"})"_ba;
    QTest::newRow("properties, negative TotalCount")
        << S::Properties << R"({"Properties":[],"TotalCount":-1})"_ba;
    QTest::newRow("properties, fractional TotalCount")
        << S::Properties << R"({"Properties":[],"TotalCount":1.5})"_ba;
    QTest::newRow("properties, token is an object")
        << S::Properties << R"({"Properties":[],"TotalCount":0,"NextPageToken":{}})"_ba;
    QTest::newRow("properties, token is a boolean")
        << S::Properties << R"({"Properties":[],"TotalCount":0,"NextPageToken":true})"_ba;

    const auto twilio = [](const char *next) -> QByteArray {
        return R"({"incoming_phone_numbers":[{"sid":"PN1"}],"page":0,"page_size":1,"start":0,"end":0,"next_page_uri":)"_ba
               + next + '}';
    };
    QTest::newRow("twilio, no array")
        << S::Twilio << R"({"page":0,"page_size":50,"next_page_uri":null})"_ba;
    QTest::newRow("twilio, array under another key")
        << S::Twilio << R"({"numbers":[],"page":0,"page_size":50,"next_page_uri":null})"_ba;
    QTest::newRow("twilio, a record is a number")
        << S::Twilio << R"({"incoming_phone_numbers":[1],"next_page_uri":null})"_ba;
    QTest::newRow("twilio, page_size is text")
        << S::Twilio << R"({"incoming_phone_numbers":[],"page_size":"50","next_page_uri":null})"_ba;
    QTest::newRow("twilio, uri is a number")
        << S::Twilio << R"({"incoming_phone_numbers":[],"uri":7,"next_page_uri":null})"_ba;
    QTest::newRow("twilio, next_page_uri is a number") << S::Twilio << twilio("2");
    QTest::newRow("twilio, next_page_uri is an object") << S::Twilio << twilio("{}");
    // Only a path on the account's own server is followed: credentials never leave it.
    QTest::newRow("twilio, absolute URL to another origin")
        << S::Twilio
        << twilio(R"("https://evil.example/2010-04-01/Accounts/AC0123/IncomingPhoneNumbers.json?PageToken=PA1")");
    QTest::newRow("twilio, absolute URL, loopback")
        << S::Twilio
        << twilio(R"("http://127.0.0.1:8080/2010-04-01/Accounts/AC0123/IncomingPhoneNumbers.json")");
    QTest::newRow("twilio, scheme-relative URL")
        << S::Twilio << twilio(R"("//evil.example/2010-04-01/IncomingPhoneNumbers.json")");
    QTest::newRow("twilio, backslash trick")
        << S::Twilio << twilio(R"("/\\evil.example/IncomingPhoneNumbers.json")");
    QTest::newRow("twilio, not a path")
        << S::Twilio << twilio(R"("IncomingPhoneNumbers.json?PageToken=PA1")");
    QTest::newRow("twilio, another scheme") << S::Twilio << twilio(R"x("javascript:alert(1)")x");
    QTest::newRow("twilio, space in it") << S::Twilio << twilio(R"("/a b.json")");
    QTest::newRow("twilio, fragment") << S::Twilio << twilio(R"("/x.json?Page=1#top")");

    QTest::newRow("broadcast, no data") << S::Broadcast << R"({"total":3,"next_page":null})"_ba;
    QTest::newRow("broadcast, data is text")
        << S::Broadcast << R"({"data":"[]","total":3,"next_page":null})"_ba;
    QTest::newRow("broadcast, total is text")
        << S::Broadcast << R"({"data":[],"total":"3","next_page":null})"_ba;
    QTest::newRow("broadcast, next_page is a list")
        << S::Broadcast << R"({"data":[],"total":3,"next_page":["t"]})"_ba;
}

void tst_Paging::malformedPages()
{
    QFETCH(PagedEndpoint::Style, style);
    QFETCH(QByteArray, body);

    const PageResult page = endpoint(style).parsePage(answer(body));
    QVERIFY(!page.ok());
    QCOMPARE(page.error.kind(), ApiError::Kind::Malformed);
    QVERIFY(!page.error.message().isEmpty());
    QVERIFY(page.records.isEmpty()); // nothing half-read
    QVERIFY(!page.next.isValid());
    QCOMPARE(page.totalCount, qint64(-1));
}

void tst_Paging::failedResultKeepsItsError()
{
    ApiResult result;
    result.httpStatus = 500;
    result.body = R"({"code":20500,"message":"Internal server error","status":500})"_ba;
    result.error = ApiError::fromHttpBody(ApiFamily::Twilio, 500, result.body);
    result.json = QJsonDocument::fromJson(result.body);
    const PageResult page = endpoint(PagedEndpoint::Style::Twilio).parsePage(result);
    QVERIFY(!page.ok());
    QCOMPARE(page.error.kind(), ApiError::Kind::Http);
    QCOMPARE(page.error.httpStatus(), 500);
    QCOMPARE(page.error.code(), u"20500"_s);
    QVERIFY(!page.isLastPage());
}

void tst_Paging::relativeNextPageKeepsItsQueryOnTheWire()
{
    // The request AccountClient builds from a next_page_uri is that URI on the account's
    // server, byte for byte: '+' stays %2B and every filter is still there.
    const PageResult page = endpoint(PagedEndpoint::Style::Twilio).parsePage(answer(
        R"({"incoming_phone_numbers":[],"next_page_uri":"/2010-04-01/Accounts/AC0123/IncomingPhoneNumbers.json?PhoneNumber=%2B1415%2A%2A%2A&Beta=false&PageSize=2&Page=1&PageToken=PA2"})"_ba));
    QVERIFY2(page.ok(), qPrintable(page.error.message()));
    QCOMPARE(page.next.query.queryItemValue(u"PhoneNumber"_s, QUrl::FullyDecoded), u"+1415***"_s);

    AccountProfile profile;
    profile.family = ApiFamily::Twilio;
    profile.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    profile.user = u"AC0123"_s;
    profile.secret = u"secret"_s;
    const AccountClient client(profile);
    const QUrl url = client.makeRequest(page.next.path, page.next.query).url();
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             u"http://127.0.0.1:9/2010-04-01/Accounts/AC0123/IncomingPhoneNumbers.json"
             u"?PhoneNumber=%2B1415%2A%2A%2A&Beta=false&PageSize=2&Page=1&PageToken=PA2"_s);
}

void tst_Paging::requestAfterEmptyTokenIsTheFirstRequest()
{
    for (const auto style : {PagedEndpoint::Style::Properties, PagedEndpoint::Style::Twilio,
                             PagedEndpoint::Style::Broadcast}) {
        const PagedEndpoint e = endpoint(style);
        QCOMPARE(e.requestAfter({}), e.firstRequest());
    }
    ApiError error;
    QVERIFY(!endpoint(PagedEndpoint::Style::Twilio)
                 .requestAfter(u"https://evil.example/x"_s, &error)
                 .isValid());
    QCOMPARE(error.kind(), ApiError::Kind::Malformed);
}

QTEST_GUILESS_MAIN(tst_Paging)
#include "tst_paging.moc"
