// The sandbox's Broadcast family over real HTTP to an in-process server: the reference lists
// and their paging, POST /v1/projects with every rule and combination of the contract (and
// nothing stored on a 422), reading projects back, organisation scoping between the two demo
// keys, faults on the new routes, the demo data, and the sticky-sender assignment.

#include "broadcastapi.h"
#include "jsonedit.h"
#include "rawhttp.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "validation/numberrules.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using JsonEdit::with;
using JsonEdit::without;

namespace {

enum class Key { Primary, Other, Wrong, None };

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;

    QJsonArray data() const { return json.value(u"data"_s).toArray(); }
    // "field code" of each error, in order.
    QStringList errors() const
    {
        QStringList list;
        for (const QJsonValue &e : json.value(u"errors"_s).toArray()) {
            const QJsonObject o = e.toObject();
            list << o.value(u"field"_s).toString() + u' ' + o.value(u"code"_s).toString();
        }
        return list;
    }
};

QStringList idsOf(const QJsonArray &rows)
{
    QStringList ids;
    for (const QJsonValue &v : rows)
        ids << v.toObject().value(u"id"_s).toString();
    return ids;
}

QJsonArray array(const QStringList &ids)
{
    return QJsonArray::fromStringList(ids);
}

// What one organisation's reference lists hold, read over HTTP.
struct OrgData
{
    QList<QJsonObject> numbers, brands, campaigns, verifications, domains, fields, projects;
    QStringList local;                     // local number ids
    QHash<QString, QStringList> tollFree;  // verification id -> its numbers' ids
};

const QStringList lists = {u"phone_numbers"_s, u"brands"_s, u"campaigns"_s,
                           u"toll_free_verifications"_s, u"link_tracking_domains"_s,
                           u"contact_fields"_s, u"projects"_s};

} // namespace

Q_DECLARE_METATYPE(Key)

class tst_SandboxBroadcast final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void unauthorized_data();
    void unauthorized();
    void startLineHasBothKeys();
    void listsArePaged_data();
    void listsArePaged();
    void badPaging_data();
    void badPaging();
    void demoData();
    void campaignsOfABrand();
    void create_data();
    void create();
    void createdProjectReadBack();
    void malformedBody_data();
    void malformedBody();
    void organisationScoping();
    void faultsApply();
    void stickySender();
    void olderDataFolderIsUpgraded();

private:
    Answer send(const QByteArray &verb, const QString &pathAndQuery, Key key = Key::Primary,
                const QByteArray &body = {});
    Answer get(const QString &pathAndQuery, Key key = Key::Primary)
    {
        return send("GET", pathAndQuery, key);
    }
    Answer post(const QJsonObject &body, Key key = Key::Primary)
    {
        return send("POST", u"/v1/projects"_s, key, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    static Answer collect(QNetworkReply *reply);
    // Every row of a list, page by page (limit 1000).
    QList<QJsonObject> all(const QString &list, Key key, QString *failure);
    OrgData read(Key key, QString *failure);
    int projectRows() const
    {
        return m_sandbox.serverCount(u"SELECT (SELECT COUNT(*) FROM broadcast_projects)"
                                     u" + (SELECT COUNT(*) FROM broadcast_project_numbers)"_s);
    }
    // A valid body of each channel.
    QJsonObject tenDlc() const;
    QJsonObject tollFree() const;

    SandboxFixture m_sandbox{20};
    QNetworkAccessManager m_nam;
    OrgData m_org, m_other;
    QString m_brand, m_campaign;        // a brand of the primary org and one of its campaigns
    QString m_otherCampaign;            // a campaign of another of its brands
    QString m_brandWithout;             // its brand without campaigns
    QString m_tfvA, m_tfvB;             // its two verifications
    QString m_domain;
};

void tst_SandboxBroadcast::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QString failure;
    m_org = read(Key::Primary, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_other = read(Key::Other, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    QHash<QString, QStringList> campaignsOf;
    for (const QJsonObject &c : std::as_const(m_org.campaigns))
        campaignsOf[c.value(u"brand_id"_s).toString()] << c.value(u"id"_s).toString();
    for (const QJsonObject &b : std::as_const(m_org.brands)) {
        const QString id = b.value(u"id"_s).toString();
        if (campaignsOf.value(id).isEmpty())
            m_brandWithout = id;
        else if (m_brand.isEmpty())
            m_brand = id, m_campaign = campaignsOf.value(id).first();
        else if (m_otherCampaign.isEmpty())
            m_otherCampaign = campaignsOf.value(id).first();
    }
    QVERIFY(!m_brand.isEmpty() && !m_otherCampaign.isEmpty() && !m_brandWithout.isEmpty());
    QCOMPARE(m_org.verifications.size(), 2);
    m_tfvA = m_org.verifications.at(0).value(u"id"_s).toString();
    m_tfvB = m_org.verifications.at(1).value(u"id"_s).toString();
    QVERIFY(m_org.tollFree.value(m_tfvA).size() >= 50);
    QVERIFY(m_org.tollFree.value(m_tfvB).size() >= 2);
    QVERIFY(m_org.local.size() >= 50);
    m_domain = m_org.domains.first().value(u"id"_s).toString();
}

void tst_SandboxBroadcast::cleanup()
{
    m_sandbox.server().setFaults({});
}

Answer tst_SandboxBroadcast::collect(QNetworkReply *reply)
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
    reply->deleteLater();
    return a;
}

Answer tst_SandboxBroadcast::send(const QByteArray &verb, const QString &pathAndQuery, Key key,
                                  const QByteArray &body)
{
    QNetworkRequest request(m_sandbox.server().baseUrl().resolved(QUrl(pathAndQuery)));
    request.setTransferTimeout(20000);
    const SandboxCredentials c = m_sandbox.server().credentials();
    switch (key) {
    case Key::Primary: request.setRawHeader("X-API-Key", c.broadcastApiKey.toUtf8()); break;
    case Key::Other: request.setRawHeader("X-API-Key", c.broadcastOtherOrgApiKey.toUtf8()); break;
    case Key::Wrong: request.setRawHeader("X-API-Key", c.broadcastApiKey.toUtf8() + "x"); break;
    case Key::None: break;
    }
    if (verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return collect(m_nam.sendCustomRequest(request, verb, body));
}

QList<QJsonObject> tst_SandboxBroadcast::all(const QString &list, Key key, QString *failure)
{
    QList<QJsonObject> rows;
    QString token;
    for (int page = 0; page < 100; ++page) {
        QString path = u"/v1/%1?limit=1000"_s.arg(list);
        if (!token.isEmpty())
            path += u"&page_token="_s + token;
        const Answer a = get(path, key);
        if (a.status != 200) {
            *failure = u"%1: %2 %3"_s.arg(path).arg(a.status).arg(QString::fromUtf8(a.body));
            return rows;
        }
        for (const QJsonValue &v : a.data())
            rows << v.toObject();
        token = a.json.value(u"next_page"_s).toString();
        if (token.isEmpty())
            return rows;
    }
    *failure = list + u": no last page"_s;
    return rows;
}

OrgData tst_SandboxBroadcast::read(Key key, QString *failure)
{
    OrgData d;
    QList<QJsonObject> *const targets[] = {&d.numbers, &d.brands, &d.campaigns, &d.verifications,
                                           &d.domains, &d.fields, &d.projects};
    for (qsizetype i = 0; i < lists.size() && failure->isEmpty(); ++i)
        *targets[i] = all(lists.at(i), key, failure);
    for (const QJsonObject &n : std::as_const(d.numbers)) {
        const QString id = n.value(u"id"_s).toString();
        if (n.value(u"type"_s).toString() == u"local")
            d.local << id;
        else
            d.tollFree[n.value(u"toll_free_verification_id"_s).toString()] << id;
    }
    return d;
}

QJsonObject tst_SandboxBroadcast::tenDlc() const
{
    return {{u"name"_s, u"Summer hours"_s},
            {u"channel"_s, u"10dlc"_s},
            {u"phone_number_ids"_s, array(m_org.local.mid(0, 3))},
            {u"brand_id"_s, m_brand},
            {u"campaign_id"_s, m_campaign}};
}

QJsonObject tst_SandboxBroadcast::tollFree() const
{
    return {{u"name"_s, u"Toll-free notices"_s},
            {u"channel"_s, u"toll-free"_s},
            {u"phone_number_ids"_s, array(m_org.tollFree.value(m_tfvA).mid(0, 2))},
            {u"toll_free_verification_id"_s, m_tfvA}};
}

// --- authentication and the start line --------------------------------------------------

void tst_SandboxBroadcast::unauthorized_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Key>("key");
    for (const QString &list : lists) {
        QTest::addRow("%s, no key", qPrintable(list)) << "GET"_ba << u"/v1/"_s + list << Key::None;
        QTest::addRow("%s, wrong key", qPrintable(list)) << "GET"_ba << u"/v1/"_s + list << Key::Wrong;
    }
    QTest::newRow("create, no key") << "POST"_ba << u"/v1/projects"_s << Key::None;
    QTest::newRow("create, wrong key") << "POST"_ba << u"/v1/projects"_s << Key::Wrong;
    QTest::newRow("one project, wrong key") << "GET"_ba << u"/v1/projects/prj_1"_s << Key::Wrong;
}

void tst_SandboxBroadcast::unauthorized()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(Key, key);
    const int before = projectRows();
    QVERIFY(before > 0); // the demo projects, read from the server's own file
    const Answer a = send(verb, path, key, QJsonDocument(tenDlc()).toJson());
    QCOMPARE(a.status, 401);
    QCOMPARE(a.errors(), QStringList{u" unauthorized"_s}); // field null
    QCOMPARE(projectRows(), before);
}

void tst_SandboxBroadcast::startLineHasBothKeys()
{
    const QJsonObject line = QJsonDocument::fromJson(m_sandbox.server().startLine()).object();
    const QJsonObject broadcast = line.value(u"broadcast"_s).toObject();
    QCOMPARE(broadcast.keys(), (QStringList{u"api_key"_s, u"other_org_api_key"_s}));
    const SandboxCredentials c = m_sandbox.server().credentials();
    QCOMPARE(broadcast.value(u"api_key"_s).toString(), c.broadcastApiKey);
    QCOMPARE(broadcast.value(u"other_org_api_key"_s).toString(), c.broadcastOtherOrgApiKey);
    QVERIFY(c.broadcastOtherOrgApiKey.startsWith(u"bk_live_"_s));
    QVERIFY(c.broadcastOtherOrgApiKey != c.broadcastApiKey);
    QCOMPARE(m_sandbox.broadcastOtherOrgProfile().secret, c.broadcastOtherOrgApiKey);
}

// --- the reference lists ----------------------------------------------------------------

void tst_SandboxBroadcast::listsArePaged_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("phone_numbers") << u"phone_numbers"_s << 700 << u"broadcast_numbers"_s
                                   << QStringList{u"id"_s, u"phone_number"_s,
                                                  u"toll_free_verification_id"_s, u"type"_s};
    QTest::newRow("brands") << u"brands"_s << 2 << u"broadcast_brands"_s
                            << QStringList{u"entity_type"_s, u"id"_s, u"name"_s, u"status"_s,
                                           u"vertical"_s};
    QTest::newRow("campaigns") << u"campaigns"_s << 3 << u"broadcast_campaigns"_s
                               << QStringList{u"brand_id"_s, u"id"_s, u"name"_s, u"status"_s,
                                              u"use_case"_s};
    QTest::newRow("toll_free_verifications") << u"toll_free_verifications"_s << 1
                                             << u"broadcast_toll_free_verifications"_s
                                             << QStringList{u"business_name"_s, u"id"_s,
                                                            u"name"_s, u"status"_s};
    QTest::newRow("link_tracking_domains") << u"link_tracking_domains"_s << 3
                                           << u"broadcast_link_tracking_domains"_s
                                           << QStringList{u"domain"_s, u"id"_s};
    QTest::newRow("contact_fields") << u"contact_fields"_s << 4 << u"broadcast_contact_fields"_s
                                    << QStringList{u"id"_s, u"label"_s, u"name"_s};
    QTest::newRow("projects") << u"projects"_s << 2 << u"broadcast_projects"_s
                              << QStringList{u"brand_id"_s, u"campaign_id"_s, u"channel"_s,
                                             u"created_at"_s, u"id"_s, u"link_tracking_destination_url"_s,
                                             u"link_tracking_domain_id"_s, u"link_tracking_enabled"_s,
                                             u"link_tracking_param_field"_s, u"message_type"_s,
                                             u"name"_s, u"phone_number_ids"_s, u"status"_s,
                                             u"toll_free_verification_id"_s, u"type"_s};
}

void tst_SandboxBroadcast::listsArePaged()
{
    QFETCH(QString, list);
    QFETCH(int, limit);
    QFETCH(QString, table);
    QFETCH(QStringList, keys);

    const int rows = m_sandbox.serverCount(u"SELECT COUNT(*) FROM %1 WHERE org = ?"_s.arg(table),
                                           {BroadcastApi::PrimaryOrg});
    QVERIFY(rows > limit); // at least two pages
    QStringList ids;
    QString token;
    int pages = 0;
    do {
        QString path = u"/v1/%1?limit=%2"_s.arg(list).arg(limit);
        if (!token.isEmpty())
            path += u"&page_token="_s + token;
        const Answer a = get(path);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.keys(), (QStringList{u"data"_s, u"next_page"_s, u"total"_s}));
        QCOMPARE(a.json.value(u"total"_s).toInt(), rows);
        const QJsonArray data = a.data();
        QVERIFY(!data.isEmpty() && data.size() <= limit);
        for (const QJsonValue &v : data)
            QCOMPARE(v.toObject().keys(), keys);
        ids += idsOf(data);
        token = a.json.value(u"next_page"_s).toString();
        QCOMPARE(a.json.value(u"next_page"_s).isNull(), ids.size() == rows);
        ++pages;
    } while (!token.isEmpty() && pages <= rows);
    QCOMPARE(ids.size(), rows);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), rows);
    QCOMPARE(pages, (rows + limit - 1) / limit);
    // The default page is 50.
    QCOMPARE(get(u"/v1/"_s + list).data().size(), std::min(rows, 50));
}

void tst_SandboxBroadcast::badPaging_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    for (const QString &list : lists) {
        const QString base = u"/v1/"_s + list;
        QTest::addRow("%s, limit 0", qPrintable(list)) << base + u"?limit=0"_s << u"limit"_s;
        QTest::addRow("%s, limit 1001", qPrintable(list)) << base + u"?limit=1001"_s << u"limit"_s;
        QTest::addRow("%s, limit abc", qPrintable(list)) << base + u"?limit=abc"_s << u"limit"_s;
        QTest::addRow("%s, limit -5", qPrintable(list)) << base + u"?limit=-5"_s << u"limit"_s;
        QTest::addRow("%s, foreign token", qPrintable(list))
            << base + u"?page_token=bm90LW91cnM"_s << u"page_token"_s;
        QTest::addRow("%s, not base64", qPrintable(list))
            << base + u"?page_token=***"_s << u"page_token"_s;
    }
}

void tst_SandboxBroadcast::badPaging()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    const Answer a = get(path);
    QCOMPARE(a.status, 422);
    QCOMPARE(a.errors(), QStringList{field + u" invalid"_s});
}

void tst_SandboxBroadcast::demoData()
{
    // The primary organisation: what an operator recognises.
    QCOMPARE(m_org.brands.size(), 5);
    QSet<QString> brandsWithCampaigns;
    for (const QJsonObject &c : std::as_const(m_org.campaigns))
        brandsWithCampaigns.insert(c.value(u"brand_id"_s).toString());
    QCOMPARE(brandsWithCampaigns.size(), 4); // one brand has none yet
    QVERIFY(m_org.campaigns.size() >= 4 && m_org.campaigns.size() <= 12);
    for (const QJsonObject &v : std::as_const(m_org.verifications))
        QVERIFY(!v.value(u"name"_s).toString().isEmpty() && !v.value(u"business_name"_s).toString().isEmpty());
    QVERIFY(m_org.domains.size() >= 3 && m_org.domains.size() <= 4);
    QStringList domains;
    for (const QJsonObject &d : std::as_const(m_org.domains))
        domains << d.value(u"domain"_s).toString();
    QVERIFY2(domains.contains(u"go.acme-dental.com"_s), qPrintable(domains.join(u", ")));
    QStringList fields;
    for (const QJsonObject &f : std::as_const(m_org.fields))
        fields << f.value(u"name"_s).toString();
    for (const QString &name : {u"first_name"_s, u"last_name"_s, u"company"_s, u"city"_s, u"zip"_s})
        QVERIFY2(fields.contains(name), qPrintable(name));

    QVERIFY(m_org.numbers.size() >= 2500 && m_org.numbers.size() <= 3500);
    const int tollFree = int(m_org.tollFree.value(m_tfvA).size() + m_org.tollFree.value(m_tfvB).size());
    QCOMPARE(m_org.tollFree.size(), 2); // every toll-free number is of one of the two
    QVERIFY(tollFree >= 100 && tollFree <= 200);
    QCOMPARE(m_org.local.size() + tollFree, m_org.numbers.size());
    QSet<QString> areaCodes;
    for (const QJsonObject &n : std::as_const(m_org.numbers)) {
        QVERIFY(n.value(u"id"_s).toString().startsWith(u"pn_"_s));
        const QString e164 = n.value(u"phone_number"_s).toString();
        QVERIFY2(Validation::checkE164(e164).isOk(), qPrintable(e164));
        if (n.value(u"type"_s).toString() == u"local")
            areaCodes.insert(e164.mid(2, 3));
    }
    QVERIFY(areaCodes.size() >= 20); // spread across the country

    QCOMPARE(m_org.projects.size(), 5);
    QSet<QString> channels;
    for (const QJsonObject &p : std::as_const(m_org.projects)) {
        channels.insert(p.value(u"channel"_s).toString());
        QVERIFY(p.value(u"id"_s).toString().startsWith(u"prj_"_s));
        // Every demo project would pass the rules it was made under.
        const QJsonObject body = without(p, {u"id"_s, u"status"_s, u"created_at"_s});
        const Answer check = post(with(body, {{u"name"_s, u""_s}}));
        QCOMPARE(check.errors(), QStringList{u"name required"_s});
    }
    QCOMPARE(channels, (QSet<QString>{u"10dlc"_s, u"toll-free"_s}));

    // The other organisation: small and distinct.
    QCOMPARE(m_other.brands.size(), 1);
    QCOMPARE(m_other.campaigns.size(), 1);
    QCOMPARE(m_other.numbers.size(), 20);
    QCOMPARE(m_other.projects.size(), 1);
}

void tst_SandboxBroadcast::campaignsOfABrand()
{
    const Answer mine = get(u"/v1/campaigns?brand_id="_s + m_brand);
    QCOMPARE(mine.status, 200);
    QVERIFY(!mine.data().isEmpty());
    for (const QJsonValue &c : mine.data())
        QCOMPARE(c.toObject().value(u"brand_id"_s).toString(), m_brand);
    QCOMPARE(mine.json.value(u"total"_s).toInt(), mine.data().size());

    const Answer none = get(u"/v1/campaigns?brand_id="_s + m_brandWithout);
    QCOMPARE(none.status, 200);
    QVERIFY(none.data().isEmpty());
    QCOMPARE(none.json.value(u"total"_s).toInt(), 0);

    // Paged under the filter too.
    const Answer first = get(u"/v1/campaigns?limit=1&brand_id="_s + m_brand);
    const QString token = first.json.value(u"next_page"_s).toString();
    QVERIFY(!token.isEmpty());
    const Answer second = get(u"/v1/campaigns?limit=1&brand_id="_s + m_brand + u"&page_token="_s + token);
    QCOMPARE(second.data().first().toObject().value(u"brand_id"_s).toString(), m_brand);

    // An unknown brand, or another organisation's, is 404: never an empty list.
    const Answer unknown = get(u"/v1/campaigns?brand_id=brd_nope"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errors(), QStringList{u" not_found"_s});
    const QString otherBrand = m_other.brands.first().value(u"id"_s).toString();
    QCOMPARE(get(u"/v1/campaigns?brand_id="_s + otherBrand).status, 404);
    QCOMPARE(get(u"/v1/campaigns?brand_id="_s + otherBrand, Key::Other).status, 200);
}

// --- POST /v1/projects ------------------------------------------------------------------

void tst_SandboxBroadcast::create_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("errors"); // empty: 201

    const QStringList local = m_org.local;
    const QStringList tfA = m_org.tollFree.value(m_tfvA);
    const QStringList tfB = m_org.tollFree.value(m_tfvB);
    const QString otherNumber = m_other.local.first();
    const QJsonObject tracking{{u"link_tracking_enabled"_s, true},
                               {u"link_tracking_destination_url"_s, u"https://acme-dental.com/summer"_s},
                               {u"link_tracking_domain_id"_s, m_domain}};

    QTest::newRow("10dlc") << tenDlc() << QStringList();
    QTest::newRow("10dlc by default, mms") << with(without(tenDlc(), {u"channel"_s}), {{u"message_type"_s, u"mms"_s}})
                                           << QStringList();
    QTest::newRow("toll-free") << tollFree() << QStringList();
    QTest::newRow("deprecated phone_number_id")
        << with(without(tenDlc(), {u"phone_number_ids"_s}), {{u"phone_number_id"_s, local.at(5)}})
        << QStringList();
    QTest::newRow("49 numbers") << with(tenDlc(), {{u"phone_number_ids"_s, array(local.mid(0, 49))}})
                                << QStringList();
    QTest::newRow("49 toll-free numbers")
        << with(tollFree(), {{u"phone_number_ids"_s, array(tfA.mid(0, 49))}}) << QStringList();
    QTest::newRow("tracking, param phone")
        << with(tenDlc(), with(tracking, {{u"link_tracking_param_field"_s, u"phone"_s}}))
        << QStringList();
    QTest::newRow("tracking, param contact field")
        << with(tenDlc(), with(tracking, {{u"link_tracking_param_field"_s, u"first_name"_s}}))
        << QStringList();

    QTest::newRow("no name") << without(tenDlc(), {u"name"_s}) << QStringList{u"name required"_s};
    QTest::newRow("name of 65") << with(tenDlc(), {{u"name"_s, QString(65, u'n')}})
                                << QStringList{u"name too_long"_s};
    QTest::newRow("name with escape") << with(tenDlc(), {{u"name"_s, u"Sale\x1b[2J"_s}})
                                      << QStringList{u"name invalid"_s};
    QTest::newRow("type") << with(tenDlc(), {{u"type"_s, u"drip"_s}}) << QStringList{u"type invalid"_s};
    QTest::newRow("message_type") << with(tenDlc(), {{u"message_type"_s, u"rcs"_s}})
                                  << QStringList{u"message_type invalid"_s};
    QTest::newRow("channel") << with(tenDlc(), {{u"channel"_s, u"short-code"_s}})
                             << QStringList{u"channel invalid"_s};
    QTest::newRow("no numbers") << without(tenDlc(), {u"phone_number_ids"_s})
                                << QStringList{u"phone_number_ids required"_s};
    QTest::newRow("empty numbers") << with(tenDlc(), {{u"phone_number_ids"_s, QJsonArray()}})
                                   << QStringList{u"phone_number_ids too_few"_s};
    QTest::newRow("50 numbers") << with(tenDlc(), {{u"phone_number_ids"_s, array(local.mid(0, 50))}})
                                << QStringList{u"phone_number_ids too_many"_s};
    QTest::newRow("duplicate ids")
        << with(tenDlc(), {{u"phone_number_ids"_s, array({local.at(0), local.at(1), local.at(0)})}})
        << QStringList{u"phone_number_ids duplicate"_s};
    QTest::newRow("both kinds of numbers") << with(tenDlc(), {{u"phone_number_id"_s, local.at(9)}})
                                           << QStringList{u"phone_number_id conflict"_s};
    QTest::newRow("another organisation's number")
        << with(tenDlc(), {{u"phone_number_ids"_s, array({local.at(0), otherNumber})}})
        << QStringList{u"phone_number_ids not_found"_s};
    QTest::newRow("unknown number") << with(tenDlc(), {{u"phone_number_ids"_s, array({u"pn_nope"_s})}})
                                    << QStringList{u"phone_number_ids not_found"_s};
    QTest::newRow("toll-free number on 10dlc")
        << with(tenDlc(), {{u"phone_number_ids"_s, array({local.at(0), tfA.at(0)})}})
        << QStringList{u"phone_number_ids mismatch"_s};
    QTest::newRow("10dlc without brand") << without(tenDlc(), {u"brand_id"_s})
                                         << QStringList{u"brand_id required"_s};
    QTest::newRow("10dlc without campaign") << without(tenDlc(), {u"campaign_id"_s})
                                            << QStringList{u"campaign_id required"_s};
    QTest::newRow("unknown brand") << with(tenDlc(), {{u"brand_id"_s, u"brd_nope"_s}})
                                   << QStringList{u"brand_id not_found"_s};
    QTest::newRow("campaign of another brand") << with(tenDlc(), {{u"campaign_id"_s, m_otherCampaign}})
                                               << QStringList{u"campaign_id mismatch"_s};
    QTest::newRow("10dlc with verification") << with(tenDlc(), {{u"toll_free_verification_id"_s, m_tfvA}})
                                             << QStringList{u"toll_free_verification_id not_allowed"_s};
    QTest::newRow("toll-free without verification")
        << without(tollFree(), {u"toll_free_verification_id"_s})
        << QStringList{u"toll_free_verification_id required"_s};
    QTest::newRow("toll-free, unknown verification")
        << with(tollFree(), {{u"toll_free_verification_id"_s, u"tfv_nope"_s}})
        << QStringList{u"toll_free_verification_id not_found"_s};
    QTest::newRow("toll-free with brand and campaign")
        << with(tollFree(), {{u"brand_id"_s, m_brand}, {u"campaign_id"_s, m_campaign}})
        << QStringList{u"brand_id not_allowed"_s, u"campaign_id not_allowed"_s};
    QTest::newRow("toll-free, local number")
        << with(tollFree(), {{u"phone_number_ids"_s, array({tfA.at(0), local.at(0)})}})
        << QStringList{u"phone_number_ids mismatch"_s};
    QTest::newRow("number of the other verification")
        << with(tollFree(), {{u"phone_number_ids"_s, array({tfA.at(0), tfB.at(0)})}})
        << QStringList{u"phone_number_ids mismatch"_s};
    QTest::newRow("tracking on without url or domain")
        << with(tenDlc(), {{u"link_tracking_enabled"_s, true}})
        << QStringList{u"link_tracking_destination_url required"_s,
                       u"link_tracking_domain_id required"_s};
    QTest::newRow("tracking, not a boolean") << with(tenDlc(), {{u"link_tracking_enabled"_s, u"true"_s}})
                                             << QStringList{u"link_tracking_enabled invalid"_s};
    QTest::newRow("tracking, bad url")
        << with(tenDlc(), with(tracking, {{u"link_tracking_destination_url"_s, u"acme-dental.com"_s}}))
        << QStringList{u"link_tracking_destination_url invalid"_s};
    QTest::newRow("tracking, another organisation's domain")
        << with(tenDlc(), with(tracking, {{u"link_tracking_domain_id"_s,
                                           m_other.domains.first().value(u"id"_s).toString()}}))
        << QStringList{u"link_tracking_domain_id not_found"_s};
    QTest::newRow("tracking, unknown param field")
        << with(tenDlc(), with(tracking, {{u"link_tracking_param_field"_s, u"shoe_size"_s}}))
        << QStringList{u"link_tracking_param_field not_found"_s};
    QTest::newRow("tracking, another organisation's field")
        << with(tenDlc(), with(tracking, {{u"link_tracking_param_field"_s, u"favourite_blend"_s}}))
        << QStringList{u"link_tracking_param_field not_found"_s};

    QTest::newRow("many at once")
        << QJsonObject{{u"name"_s, QString(70, u'n')},
                       {u"type"_s, u"drip"_s},
                       {u"phone_number_ids"_s, array({tfA.at(0), otherNumber, tfA.at(0)})},
                       {u"phone_number_id"_s, local.at(0)},
                       {u"brand_id"_s, m_brand},
                       {u"campaign_id"_s, m_otherCampaign},
                       {u"toll_free_verification_id"_s, m_tfvA},
                       {u"link_tracking_enabled"_s, true},
                       {u"link_tracking_param_field"_s, u"shoe_size"_s}}
        << QStringList{u"name too_long"_s,
                       u"type invalid"_s,
                       u"phone_number_ids mismatch"_s,
                       u"phone_number_ids not_found"_s,
                       u"phone_number_ids duplicate"_s,
                       u"phone_number_id conflict"_s,
                       u"campaign_id mismatch"_s,
                       u"toll_free_verification_id not_allowed"_s,
                       u"link_tracking_destination_url required"_s,
                       u"link_tracking_domain_id required"_s,
                       u"link_tracking_param_field not_found"_s};
    QTest::newRow("empty object") << QJsonObject()
                                  << QStringList{u"name required"_s, u"phone_number_ids required"_s,
                                                 u"brand_id required"_s, u"campaign_id required"_s};
}

void tst_SandboxBroadcast::create()
{
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, errors);
    const int before = projectRows();
    QVERIFY(before > 0); // the demo projects, read from the server's own file
    const Answer a = post(body);
    if (errors.isEmpty()) {
        QVERIFY2(a.status == 201, a.body.constData());
        QCOMPARE(a.json.value(u"status"_s).toString(), u"draft"_s);
        const QJsonArray given = body.contains(u"phone_number_ids"_s)
                                     ? body.value(u"phone_number_ids"_s).toArray()
                                     : QJsonArray{body.value(u"phone_number_id"_s)};
        QCOMPARE(a.json.value(u"phone_number_ids"_s).toArray(), given);
        QCOMPARE(projectRows(), before + 1 + int(given.size()));
        return;
    }
    QVERIFY2(a.status == 422, a.body.constData());
    QCOMPARE(a.errors(), errors);
    for (const QJsonValue &e : a.json.value(u"errors"_s).toArray())
        QVERIFY(!e.toObject().value(u"message"_s).toString().isEmpty());
    QCOMPARE(projectRows(), before); // a 422 stores nothing
}

void tst_SandboxBroadcast::createdProjectReadBack()
{
    // Numbers in an order of their own, kept as given.
    const QStringList chosen{m_org.local.at(40), m_org.local.at(2), m_org.local.at(17)};
    const QJsonObject body = with(tenDlc(), {{u"name"_s, u"Back-to-school checkups"_s},
                                             {u"message_type"_s, u"mms"_s},
                                             {u"phone_number_ids"_s, array(chosen)},
                                             {u"link_tracking_enabled"_s, true},
                                             {u"link_tracking_destination_url"_s,
                                              u"https://acme-dental.com/checkups"_s},
                                             {u"link_tracking_domain_id"_s, m_domain},
                                             {u"link_tracking_param_field"_s, u"zip"_s}});
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const Answer created = post(body);
    QCOMPARE(created.status, 201);
    const QJsonObject p = created.json;
    QVERIFY(p.value(u"id"_s).toString().startsWith(u"prj_"_s));
    QCOMPARE(p.value(u"name"_s).toString(), u"Back-to-school checkups"_s);
    QCOMPARE(p.value(u"type"_s).toString(), u"broadcast"_s);
    QCOMPARE(p.value(u"status"_s).toString(), u"draft"_s);
    QCOMPARE(p.value(u"message_type"_s).toString(), u"mms"_s);
    QCOMPARE(p.value(u"channel"_s).toString(), u"10dlc"_s);
    QCOMPARE(p.value(u"phone_number_ids"_s).toArray(), array(chosen));
    QCOMPARE(p.value(u"brand_id"_s).toString(), m_brand);
    QCOMPARE(p.value(u"campaign_id"_s).toString(), m_campaign);
    QVERIFY(p.value(u"toll_free_verification_id"_s).isNull());
    QCOMPARE(p.value(u"link_tracking_enabled"_s), QJsonValue(true));
    QCOMPARE(p.value(u"link_tracking_destination_url"_s).toString(), u"https://acme-dental.com/checkups"_s);
    QCOMPARE(p.value(u"link_tracking_domain_id"_s).toString(), m_domain);
    QCOMPARE(p.value(u"link_tracking_param_field"_s).toString(), u"zip"_s);
    const QString createdAt = p.value(u"created_at"_s).toString();
    QVERIFY2(createdAt.endsWith(u'Z'), qPrintable(createdAt));
    const QDateTime when = QDateTime::fromString(createdAt, Qt::ISODate);
    QVERIFY2(when.isValid() && when >= before && when <= QDateTime::currentDateTimeUtc().addSecs(1),
             qPrintable(createdAt));

    // Read back by id: the same object.
    const Answer one = get(u"/v1/projects/"_s + p.value(u"id"_s).toString());
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json, p);

    // Listed in creation order: the newest is on the last page, last.
    QString failure;
    const QList<QJsonObject> listed = all(u"projects"_s, Key::Primary, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(listed.last(), p);

    // A toll-free project without link tracking: the absent fields are null.
    const Answer tf = post(tollFree());
    QCOMPARE(tf.status, 201);
    for (const QString &key : {u"brand_id"_s, u"campaign_id"_s, u"link_tracking_destination_url"_s,
                               u"link_tracking_domain_id"_s, u"link_tracking_param_field"_s})
        QVERIFY2(tf.json.value(key).isNull(), qPrintable(key));
    QCOMPARE(tf.json.value(u"link_tracking_enabled"_s), QJsonValue(false));
    QCOMPARE(tf.json.value(u"toll_free_verification_id"_s).toString(), m_tfvA);
    QCOMPARE(tf.json.value(u"message_type"_s).toString(), u"sms"_s);

    // Unknown projects are 404 in the family's shape.
    const Answer missing = get(u"/v1/projects/prj_000000000000000000000000"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errors(), QStringList{u" not_found"_s});
}

void tst_SandboxBroadcast::malformedBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut short") << R"({"name": "Spring)"_ba;
    QTest::newRow("trailing comma") << R"({"name": "Spring",})"_ba;
    QTest::newRow("an array") << R"([{"name": "Spring"}])"_ba;
    QTest::newRow("a string") << R"("Spring")"_ba;
    QTest::newRow("null") << "null"_ba;
    QTest::newRow("form encoded") << "name=Spring&channel=10dlc"_ba;
}

void tst_SandboxBroadcast::malformedBody()
{
    QFETCH(QByteArray, body);
    const int before = projectRows();
    QVERIFY(before > 0); // the demo projects, read from the server's own file
    const Answer a = send("POST", u"/v1/projects"_s, Key::Primary, body);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errors(), QStringList{u" bad_request"_s});
    QVERIFY(!a.json.value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString().isEmpty());
    QCOMPARE(projectRows(), before);
}

// --- organisations ----------------------------------------------------------------------

void tst_SandboxBroadcast::organisationScoping()
{
    // Nothing of one organisation is in the other's lists.
    const auto ids = [](const QList<QJsonObject> &rows) {
        QSet<QString> set;
        for (const QJsonObject &r : rows)
            set.insert(r.value(u"id"_s).toString());
        return set;
    };
    QVERIFY(!ids(m_other.numbers).intersects(ids(m_org.numbers)));
    QVERIFY(!ids(m_other.brands).intersects(ids(m_org.brands)));
    QVERIFY(!ids(m_other.campaigns).intersects(ids(m_org.campaigns)));
    QVERIFY(!ids(m_other.domains).intersects(ids(m_org.domains)));
    QVERIFY(!ids(m_other.projects).intersects(ids(m_org.projects)));
    QVERIFY(m_other.verifications.isEmpty());
    QCOMPARE(get(u"/v1/phone_numbers"_s, Key::Other).json.value(u"total"_s).toInt(), 20);

    // Another organisation's project is 404, both ways.
    const QString mine = m_org.projects.first().value(u"id"_s).toString();
    const QString theirs = m_other.projects.first().value(u"id"_s).toString();
    QCOMPARE(get(u"/v1/projects/"_s + mine, Key::Other).status, 404);
    QCOMPARE(get(u"/v1/projects/"_s + theirs, Key::Primary).status, 404);
    QCOMPARE(get(u"/v1/projects/"_s + theirs, Key::Other).status, 200);

    // Creating under the other key with the first organisation's resources: not_found.
    const QString otherBrand = m_other.brands.first().value(u"id"_s).toString();
    const QString otherCampaign = m_other.campaigns.first().value(u"id"_s).toString();
    const QJsonObject theirsOk{{u"name"_s, u"Holiday hours"_s},
                               {u"phone_number_ids"_s, array(m_other.local.mid(0, 2))},
                               {u"brand_id"_s, otherBrand},
                               {u"campaign_id"_s, otherCampaign}};
    const int before = projectRows();
    QVERIFY(before > 0); // the demo projects, read from the server's own file
    const Answer borrowed = post(with(theirsOk, {{u"phone_number_ids"_s, array({m_org.local.at(0)})}}), Key::Other);
    QCOMPARE(borrowed.status, 422);
    QCOMPARE(borrowed.errors(), QStringList{u"phone_number_ids not_found"_s});
    const Answer borrowedBrand = post(with(theirsOk, {{u"brand_id"_s, m_brand}, {u"campaign_id"_s, m_campaign}}),
                                      Key::Other);
    QCOMPARE(borrowedBrand.errors(), (QStringList{u"brand_id not_found"_s, u"campaign_id not_found"_s}));
    const Answer borrowedVerification = post(
        {{u"name"_s, u"x"_s}, {u"channel"_s, u"toll-free"_s},
         {u"phone_number_ids"_s, array({m_org.tollFree.value(m_tfvA).first()})},
         {u"toll_free_verification_id"_s, m_tfvA}},
        Key::Other);
    QCOMPARE(borrowedVerification.errors(), (QStringList{u"phone_number_ids not_found"_s,
                                                         u"toll_free_verification_id not_found"_s}));
    QCOMPARE(projectRows(), before);

    // Its own project: stored under it, invisible to the first key.
    const Answer created = post(theirsOk, Key::Other);
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(u"id"_s).toString();
    QCOMPARE(get(u"/v1/projects/"_s + id, Key::Other).json, created.json);
    QCOMPARE(get(u"/v1/projects/"_s + id, Key::Primary).status, 404);
    QString failure;
    QVERIFY(!ids(all(u"projects"_s, Key::Primary, &failure)).contains(id));
    QVERIFY(ids(all(u"projects"_s, Key::Other, &failure)).contains(id));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(m_sandbox.serverCount(u"SELECT COUNT(*) FROM broadcast_projects WHERE id = ? AND org = ?"_s,
                                   {id, BroadcastApi::OtherOrg}),
             1);
}

// --- faults and the sticky sender -------------------------------------------------------

void tst_SandboxBroadcast::faultsApply()
{
    const QString name = u"Lost answer %1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString byName = u"SELECT COUNT(*) FROM broadcast_projects WHERE name = ?"_s;

    // An injected error changes nothing.
    FaultOptions faults;
    faults.errorRate = 1;
    m_sandbox.server().setFaults(faults);
    const Answer failed = post(with(tenDlc(), {{u"name"_s, name}}));
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.errors(), QStringList{u" internal_error"_s});
    QCOMPARE(m_sandbox.serverCount(byName, {name}), 0);
    QCOMPARE(get(u"/v1/brands"_s).status, 500);

    // A lost answer: the project exists though the client heard nothing.
    faults = {};
    faults.lostAnswerRate = 1;
    m_sandbox.server().setFaults(faults);
    // Over a raw socket, so that exactly one POST goes out (QNetworkAccessManager quietly
    // resends a buffered body when a reused connection closes; see tst_sandbox).
    const QByteArray body = QJsonDocument(with(tenDlc(), {{u"name"_s, name}})).toJson(QJsonDocument::Compact);
    RawHttpClient raw(m_sandbox.server().baseUrl());
    QVERIFY(raw.connectToServer());
    raw.send("POST /v1/projects HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nX-API-Key: "
             + m_sandbox.server().credentials().broadcastApiKey.toUtf8()
             + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(raw.waitForClose());
    QCOMPARE(raw.pending(), QByteArray()); // not even a status line
    QCOMPARE(m_sandbox.serverCount(byName, {name}), 1);

    m_sandbox.server().setFaults({});
    QString failure;
    bool listed = false;
    for (const QJsonObject &p : all(u"projects"_s, Key::Primary, &failure))
        listed = listed || p.value(u"name"_s).toString() == name;
    QVERIFY(listed); // what a client reconciles by
}

void tst_SandboxBroadcast::stickySender()
{
    const QStringList numbers = m_org.local.mid(20, 3);
    const Answer created = post(with(tenDlc(), {{u"phone_number_ids"_s, array(numbers)}}));
    QCOMPARE(created.status, 201);
    const QString project = created.json.value(u"id"_s).toString();
    const Answer other = post(with(tenDlc(), {{u"phone_number_ids"_s, array(m_org.local.mid(30, 2))}}));
    QCOMPARE(other.status, 201);
    const QString otherProject = other.json.value(u"id"_s).toString();

    // A second connection to the server's file, as the sandbox's own code would use it.
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(m_sandbox.dataDir() + u"/sandbox.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        QVERIFY(db.open());
        QRandomGenerator rng(42);
        QString error;
        QHash<QString, QString> first;
        QHash<QString, int> uses;
        for (int i = 0; i < 300; ++i) {
            const QString recipient = u"+1415555%1"_s.arg(i, 4, 10, QChar(u'0'));
            const QString number = BroadcastApi::stickySender(db, project, recipient, rng, &error);
            QVERIFY2(numbers.contains(number), qPrintable(error));
            first.insert(recipient, number);
            ++uses[number];
        }
        // New recipients are spread across every number of the project...
        QCOMPARE(uses.size(), 3);
        for (int n : std::as_const(uses))
            QVERIFY2(n > 50, qPrintable(QString::number(n)));
        // ...and each keeps its first number, whatever the generator draws next.
        for (auto it = first.cbegin(); it != first.cend(); ++it)
            QCOMPARE(BroadcastApi::stickySender(db, project, it.key(), rng, &error), it.value());
        QCOMPARE(m_sandbox.serverCount(u"SELECT COUNT(*) FROM broadcast_sticky_senders"
                                       u" WHERE project_id = ?"_s, {project}),
                 300);
        // Another project assigns on its own.
        const QString elsewhere = BroadcastApi::stickySender(db, otherProject, first.cbegin().key(),
                                                             rng, &error);
        QVERIFY(m_org.local.mid(30, 2).contains(elsewhere));
        QCOMPARE(BroadcastApi::stickySender(db, project, first.cbegin().key(), rng, &error),
                 first.cbegin().value());
        // A project the server does not have has no sender.
        error.clear();
        QVERIFY(BroadcastApi::stickySender(db, u"prj_nope"_s, u"+14155550100"_s, rng, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
    QSqlDatabase::removeDatabase(connection);

    // The demo's projects that have sent keep their recipients too.
    QVERIFY(m_sandbox.serverCount(u"SELECT COUNT(*) FROM broadcast_sticky_senders s"
                                  u" JOIN broadcast_projects p ON p.id = s.project_id"
                                  u" WHERE p.status != 'draft'"_s)
            > 0);
}

void tst_SandboxBroadcast::olderDataFolderIsUpgraded()
{
    // A data folder of schema version 2, when broadcast numbers had no organisation.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(dir.filePath(u"sandbox.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO meta VALUES ('schema_version', '2')"_s));
        QVERIFY(q.exec(u"CREATE TABLE broadcast_numbers (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       u" id TEXT NOT NULL UNIQUE, phone_number TEXT NOT NULL UNIQUE,"
                       u" type TEXT NOT NULL, toll_free_verification_id TEXT,"
                       u" created_at INTEGER NOT NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO broadcast_numbers (id, phone_number, type, created_at)"
                       u" VALUES ('pn_kept', '+12065550143', 'local', 1700000000)"_s));
    }
    QSqlDatabase::removeDatabase(connection);

    SandboxOptions options;
    options.dataDir = dir.path();
    SandboxServer server;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    const auto list = [&](const QString &key) {
        QNetworkRequest request(server.baseUrl().resolved(QUrl(u"/v1/phone_numbers"_s)));
        request.setRawHeader("X-API-Key", key.toUtf8());
        return collect(m_nam.get(request));
    };
    const Answer mine = list(server.credentials().broadcastApiKey);
    QCOMPARE(mine.status, 200);
    QCOMPARE(idsOf(mine.data()), QStringList{u"pn_kept"_s});
    const Answer theirs = list(server.credentials().broadcastOtherOrgApiKey);
    QCOMPARE(theirs.status, 200);
    QVERIFY(theirs.data().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxBroadcast)
#include "tst_sandboxbroadcast.moc"
