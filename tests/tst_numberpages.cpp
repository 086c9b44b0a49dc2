// The pages of numbers written straight into bytes (NumberPages) against the QJsonObject path
// they replaced (NumbersApi::referenceList / referenceRead), byte for byte: every page shape
// (paging fields, next and previous page URIs, filters, typed paths, empty pages, the last
// page) of every account of both families over the demo data, through SQLite's own API and
// through QSqlQuery, then over hostile text written behind the server's back (quotes,
// backslashes, control characters, emoji, U+2028, text that is not UTF-8, values of the wrong
// type, dates out of range), and over real HTTP from the running server.

#include "numbersapi.h"
#include "sandboxdatabase.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// One way into a numbers account.
struct Account
{
    const char *name;
    Family family;
    QString prefix;     // /2010-04-01/Accounts/AC… or /api/laml/2010-04-01/Accounts/{ProjectId}
    QString accountId;  // the authenticated account
    QString secret;
};

// What the typed path of a list says about its type.
QString typeOf(const QString &path)
{
    if (path.endsWith(u"/Local.json"))
        return u"local"_s;
    if (path.endsWith(u"/Mobile.json"))
        return u"mobile"_s;
    if (path.endsWith(u"/TollFree.json"))
        return u"toll-free"_s;
    return {};
}

// The next (or previous) page's path and query from a page, empty at the end.
QString linkOf(const QByteArray &body, const char *key)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1StringView(key)).toString();
}

} // namespace

class tst_NumberPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesOverDemoData_data();
    void pagesOverDemoData();
    void readsOverDemoData();
    void hostileText_data();
    void hostileText();
    void datesOutOfRange();
    void overHttp();

private:
    // The call the HTTP layer makes of `pathAndQuery` for `account`.
    HttpCall call(const Account &account, const QString &pathAndQuery) const;
    // Compares one request's answer from every writer; returns the fast answer.
    HttpReply compare(const Account &account, const QString &pathAndQuery);
    // Walks a list from `first` along next_page_uri (then back along previous_page_uri from
    // where it stopped), comparing each page; at most `maxPages` each way.
    int walk(const Account &account, const QString &first, int maxPages = 30);
    void addAccountRows();
    QList<Account> accounts();
    int change(const QString &sql, const QVariantList &binds = {});

    SandboxFixture m_sandbox{1200};
    SandboxDatabase m_database;
    std::unique_ptr<NumbersApi> m_native;
    std::unique_ptr<NumbersApi> m_qtSql;
    Router m_router;
};

void tst_NumberPages::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QString error;
    QVERIFY2(m_database.open(QDir(m_sandbox.dataDir()).filePath(u"sandbox.sqlite"_s), &error),
             qPrintable(error));
    const SandboxCredentials c = m_sandbox.server().credentials();
    m_native = std::make_unique<NumbersApi>(m_database, c.twilioAccountSid, c.signalwireProjectId,
                                            c.twilioSubaccountSid, NumberPages::Access::Native);
    m_qtSql = std::make_unique<NumbersApi>(m_database, c.twilioAccountSid, c.signalwireProjectId,
                                           c.twilioSubaccountSid, NumberPages::Access::QtSql);
    m_native->addRoutes(m_router);
    // Debian's Qt runs on the system SQLite: the native path is the one the server takes.
    QVERIFY(m_database.sqliteHandle());
}

void tst_NumberPages::cleanupTestCase()
{
    m_native.reset(); // its statements before the connection
    m_qtSql.reset();
    m_database.close();
}

QList<Account> tst_NumberPages::accounts()
{
    const SandboxCredentials c = m_sandbox.server().credentials();
    return {
        {"Twilio", Family::Twilio, u"/2010-04-01/Accounts/"_s + c.twilioAccountSid,
         c.twilioAccountSid, c.twilioAuthToken},
        {"Twilio subaccount", Family::Twilio, u"/2010-04-01/Accounts/"_s + c.twilioSubaccountSid,
         c.twilioSubaccountSid, c.twilioSubaccountAuthToken},
        {"SignalWire", Family::SignalWire, u"/api/laml/2010-04-01/Accounts/"_s + c.signalwireProjectId,
         c.signalwireProjectId, c.signalwireToken},
        {"SignalWire, Twilio's path", Family::SignalWire,
         u"/2010-04-01/Accounts/"_s + c.signalwireProjectId, c.signalwireProjectId, c.signalwireToken},
    };
}

HttpCall tst_NumberPages::call(const Account &account, const QString &pathAndQuery) const
{
    const QUrl url(u"http://sandbox"_s + pathAndQuery);
    HttpCall c;
    c.method = u"GET"_s;
    c.path = url.path();
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(u'+', u"%20"_s); // as SandboxHttpServer reads a query
    c.query = QUrlQuery(query);
    c.family = account.family;
    c.accountId = account.accountId;
    c.accountPrefix = account.prefix;
    const Router::Match match = m_router.match(account.family, c.method, c.path);
    c.params = match.params;
    return c;
}

HttpReply tst_NumberPages::compare(const Account &account, const QString &pathAndQuery)
{
    const HttpCall c = call(account, pathAndQuery);
    const bool one = c.params.contains(u"Sid"_s);
    const QString type = typeOf(c.path);
    const HttpReply reference = one ? m_native->referenceRead(c) : m_native->referenceList(c, type);
    const HttpReply fast = one ? m_native->read(c) : m_native->list(c, type);
    const HttpReply qtSql = one ? m_qtSql->read(c) : m_qtSql->list(c, type);
    const QByteArray where = pathAndQuery.toUtf8();
    [&] {
        QVERIFY2(reference.status == 200 || reference.status == 404,
                 QByteArray(where + ": " + reference.body).constData());
        QCOMPARE(fast.status, reference.status);
        QCOMPARE(qtSql.status, reference.status);
        if (fast.body != reference.body) {
            // Where they part, for the failure message.
            qsizetype at = 0;
            while (at < fast.body.size() && at < reference.body.size()
                   && fast.body.at(at) == reference.body.at(at))
                ++at;
            const QByteArray message =
                where + "\n  fast: …" + fast.body.mid(std::max<qsizetype>(0, at - 60), 160)
                + "\n  reference: …" + reference.body.mid(std::max<qsizetype>(0, at - 60), 160);
            QFAIL(message.constData());
        }
        QVERIFY2(qtSql.body == reference.body, where.constData());
        QVERIFY2(QJsonDocument::fromJson(fast.body).isObject(), where.constData());
    }();
    return fast;
}

int tst_NumberPages::walk(const Account &account, const QString &first, int maxPages)
{
    int pages = 0;
    QString at = first;
    QString last;
    for (int i = 0; i < maxPages && !at.isEmpty(); ++i) {
        const HttpReply page = compare(account, at);
        if (QTest::currentTestFailed() || page.status != 200)
            return pages;
        ++pages;
        last = at;
        at = linkOf(page.body, "next_page_uri");
    }
    // Back from the last page reached, along the PB tokens.
    at = linkOf(compare(account, last).body, "previous_page_uri");
    for (int i = 0; i < maxPages && !at.isEmpty() && !QTest::currentTestFailed(); ++i) {
        const HttpReply page = compare(account, at);
        ++pages;
        at = linkOf(page.body, "previous_page_uri");
    }
    return pages;
}

void tst_NumberPages::addAccountRows()
{
    QTest::addColumn<int>("account");
    for (int i = 0; i < 4; ++i)
        QTest::addRow("%s", accounts().at(i).name) << i;
}

int tst_NumberPages::change(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_database.db());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() ? q.numRowsAffected() : -1;
}

void tst_NumberPages::pagesOverDemoData_data()
{
    addAccountRows();
}

void tst_NumberPages::pagesOverDemoData()
{
    QFETCH(int, account);
    const Account a = accounts().at(account);
    const QString list = a.prefix + u"/IncomingPhoneNumbers"_s;
    const QStringList queries = {
        {},
        u"?PageSize=1000"_s,  // every number: two pages, the last one short
        u"?PageSize=50"_s,
        u"?PageSize=1"_s,
        u"?PageSize=7&Page=3"_s,           // an offset page, no token
        u"?PageSize=50&Page=100000"_s,     // past the end: empty
        u"?PageSize=1000&Page=1"_s,        // the last page by offset
        u"?PageSize=20&PhoneNumber=415"_s,
        u"?PageSize=20&PhoneNumber=%2B1***555"_s,
        u"?PhoneNumber=%2B99999"_s,        // nothing matches
        u"?PageSize=10&FriendlyName=Dental"_s,
        u"?PageSize=10&FriendlyName=%E2%80%93+Main"_s, // "– Main", with a space as '+'
        u"?FriendlyName=%25"_s,            // a LIKE wildcard, taken literally
        u"?PageSize=5&Origin=hosted"_s,
        u"?PageSize=5&Origin="_s,
        u"?PageSize=25&Beta=false"_s,
        u"?PageSize=25&Beta=true&Origin=twilio&FriendlyName=Dental"_s,
        u"?PageSize=3&PageToken=PA0"_s,    // a token the client made up: as handed out
        u"?PageSize=3&PageToken=PB999999"_s,
    };
    int pages = 0;
    for (const QString &suffix : {u".json"_s, u"/Local.json"_s, u"/Mobile.json"_s, u"/TollFree.json"_s}) {
        for (const QString &query : queries) {
            pages += walk(a, list + suffix + query);
            if (QTest::currentTestFailed())
                return;
        }
    }
    QVERIFY(pages > 200);
}

void tst_NumberPages::readsOverDemoData()
{
    for (const Account &a : accounts()) {
        QSqlQuery q(m_database.db());
        q.prepare(u"SELECT sid FROM numbers WHERE family = ? ORDER BY seq"_s);
        q.addBindValue(numbersFamilyKey(a.family));
        QVERIFY(q.exec());
        QStringList sids;
        while (q.next())
            sids << q.value(0).toString();
        QVERIFY(sids.size() > 1000);
        // Every 37th, and SIDs this account does not own or nobody does: 404 alike.
        for (qsizetype i = 0; i < sids.size(); i += 37) {
            compare(a, a.prefix + u"/IncomingPhoneNumbers/"_s + sids.at(i) + u".json"_s);
            if (QTest::currentTestFailed())
                return;
        }
        const HttpReply missing = compare(a, a.prefix + u"/IncomingPhoneNumbers/PN"_s
                                                 + QString(32, u'0') + u".json"_s);
        QCOMPARE(missing.status, 404);
    }
}

void tst_NumberPages::hostileText_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    const QString c0 = QString(QChar(0)) + QChar(1) + QChar(0x1f) + QChar(0x7f);
    const QVariant values[] = {
        u"He said \"hi\" \\ bye / ok"_s,
        u"line\nbreak\r\ttab\b\f"_s,
        QVariant(c0),
        u"emoji 😀🦜 and é, ß, 日本, \u202e override"_s,
        u"separators \u2028 and \u2029"_s,
        QString(u"non-characters "_s + QChar(0xfffe) + QChar(0xffff) + QChar(0xfdd0)),
        QString(u"lone "_s + QChar(0xd800) + u" high, lone "_s + QChar(0xdc00) + u" low"_s),
        QString(u"high at the end "_s + QChar(0xd83d)),
        u""_s,
    };
    const char *const columns[] = {"friendly_name", "voice_url", "status_callback", "sid",
                                   "address_sid", "origin", "emergency_status", "api_version",
                                   "trunk_sid", "type"};
    for (const char *column : columns) {
        int i = 0;
        for (const QVariant &value : values)
            QTest::addRow("%s %d", column, i++) << QString::fromLatin1(column) << value;
    }
    // Bytes SQLite keeps as they came: not UTF-8, or not text at all.
    const QByteArray raw[] = {"\xc3\x28", "\x80 stray", "\xed\xa0\x80 CESU", "\xef\xbf\xbe",
                              "\xf4\x90\x80\x80 past U+10FFFF", "\xe0\x80\xaf overlong", "cut \xe2\x82"};
    int i = 0;
    for (const QByteArray &bytes : raw) {
        QTest::addRow("friendly_name not UTF-8 %d", i) << u"friendly_name"_s << QVariant(bytes);
        QTest::addRow("emergency_status not UTF-8 %d", i++) << u"emergency_status"_s << QVariant(bytes);
    }
    QTest::addRow("beta as text") << u"beta"_s << QVariant(u"yes"_s);
    QTest::addRow("beta as real") << u"cap_fax"_s << QVariant(0.5);
    QTest::addRow("date as text") << u"date_created"_s << QVariant(u"Tuesday"_s);
    QTest::addRow("date as real") << u"date_updated"_s << QVariant(1.7e9 + 0.6);
    QTest::addRow("lookup as blob") << u"voice_caller_id_lookup"_s << QVariant(QByteArray("\x01", 1));
}

void tst_NumberPages::hostileText()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    // One number of each family, and of the subaccount, holds the value (the first in each
    // list, a middle one, the last); as text unless it is bytes, which are stored as they are.
    const bool bytes = value.typeId() == QMetaType::QByteArray;
    const QString set = bytes && column != u"voice_caller_id_lookup"
                            ? u"CAST(? AS TEXT)"_s
                            : u"?"_s;
    QSqlQuery ids(m_database.db());
    QVERIFY(ids.exec(u"SELECT seq, sid FROM numbers WHERE seq IN (SELECT MIN(seq) FROM numbers"
                     u" GROUP BY family, account UNION SELECT MAX(seq) FROM numbers GROUP BY"
                     u" family, account UNION SELECT MIN(seq) + 17 FROM numbers GROUP BY"
                     u" family, account)"_s));
    QList<std::pair<qint64, QString>> rows;
    while (ids.next())
        rows.append({ids.value(0).toLongLong(), ids.value(1).toString()});
    QCOMPARE(rows.size(), 9);
    QVariantList saved;
    for (const auto &[seq, sid] : rows) {
        QSqlQuery old(m_database.db());
        old.prepare(u"SELECT "_s + column + u" FROM numbers WHERE seq = ?"_s);
        old.addBindValue(seq);
        QVERIFY(old.exec() && old.next());
        saved << old.value(0);
        // sid is unique: each row's own hostile SID.
        QVariant v = value;
        if (column == u"sid")
            v = QString(value.toString() + QString::number(seq));
        QCOMPARE(change(u"UPDATE numbers SET "_s + column + u" = "_s + set + u" WHERE seq = ?"_s,
                        {v, seq}),
                 1);
    }
    const auto restore = qScopeGuard([&] {
        for (qsizetype i = 0; i < rows.size(); ++i)
            change(u"UPDATE numbers SET "_s + column + u" = ? WHERE seq = ?"_s,
                   {saved.at(i), rows.at(i).first});
    });

    for (const Account &a : accounts()) {
        // The first page holds the first and the 18th number; a page back from past the
        // end, written in reverse, the last.
        const QString list = a.prefix + u"/IncomingPhoneNumbers.json"_s;
        compare(a, list + u"?PageSize=20"_s);
        compare(a, list + u"?PageSize=3&PageToken=PB999999999"_s);
        if (column == u"friendly_name" && !bytes) {
            const QString filter = value.toString().left(6);
            walk(a, list + u"?PageSize=5&FriendlyName="_s
                        + QString::fromLatin1(QUrl::toPercentEncoding(filter)), 3);
        }
        if (QTest::currentTestFailed())
            return;
        QSqlQuery sids(m_database.db());
        QVERIFY(sids.exec(u"SELECT sid FROM numbers WHERE seq IN (%1, %2, %3, %4, %5, %6, %7, %8, %9)"_s
                              .arg(rows.at(0).first).arg(rows.at(1).first).arg(rows.at(2).first)
                              .arg(rows.at(3).first).arg(rows.at(4).first).arg(rows.at(5).first)
                              .arg(rows.at(6).first).arg(rows.at(7).first).arg(rows.at(8).first)));
        while (sids.next()) {
            compare(a, a.prefix + u"/IncomingPhoneNumbers/"_s
                           + QString::fromLatin1(QUrl::toPercentEncoding(sids.value(0).toString()))
                           + u".json"_s);
        }
    }
}

void tst_NumberPages::datesOutOfRange()
{
    // Years 1000 to 9999 are written by hand; the others through QLocale, as the reference.
    const qint64 dates[] = {0, -1, 86399, 951782400 /* 29 Feb 2000 */, 4107542400 /* 2100 */,
                            -30610224000 /* 1 Jan 1000 */, -30610224001, -62135596800 /* year 1 */,
                            253402300799 /* 31 Dec 9999 */, 253402300800, 9'000'000'000'000'000};
    QSqlQuery first(m_database.db());
    QVERIFY(first.exec(u"SELECT seq, date_created, date_updated FROM numbers WHERE family ="
                       u" 'twilio' AND account = '' ORDER BY seq LIMIT 1"_s) && first.next());
    const qint64 seq = first.value(0).toLongLong();
    const QVariant created = first.value(1), updated = first.value(2);
    const auto restore = qScopeGuard([&] {
        change(u"UPDATE numbers SET date_created = ?, date_updated = ? WHERE seq = ?"_s,
               {created, updated, seq});
    });
    const Account twilio = accounts().at(0);
    for (const qint64 date : dates) {
        QCOMPARE(change(u"UPDATE numbers SET date_created = ?, date_updated = ? WHERE seq = ?"_s,
                        {date, date + 3661, seq}),
                 1);
        compare(twilio, twilio.prefix + u"/IncomingPhoneNumbers.json?PageSize=2"_s);
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_NumberPages::overHttp()
{
    // The server's own answers are the fast writer's and arrive as written.
    QNetworkAccessManager nam;
    for (const Account &a : accounts()) {
        for (const QString &query : {u"?PageSize=1000"_s, u"?PageSize=3&PhoneNumber=1"_s, u""_s}) {
            const QString path = a.prefix + u"/IncomingPhoneNumbers.json"_s + query;
            QNetworkRequest request(QUrl(m_sandbox.server().baseUrl().toString() + path));
            request.setRawHeader("Authorization",
                                 "Basic " + (a.accountId + u':' + a.secret).toUtf8().toBase64());
            std::unique_ptr<QNetworkReply> reply(nam.get(request));
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            const QByteArray body = reply->readAll();
            QVERIFY2(body == m_native->referenceList(call(a, path), {}).body, qPrintable(path));
            QVERIFY(!QJsonDocument::fromJson(body)[u"incoming_phone_numbers"_s].toArray().isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(tst_NumberPages)
#include "tst_numberpages.moc"
