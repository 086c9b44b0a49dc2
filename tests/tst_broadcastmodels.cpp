// The broadcast family's client side against the sandbox over HTTP: the reference lists read
// in full and cached, the projects list under QAbstractItemModelTester, and project drafts sent
// through the outbox: exactly once when answers are lost, checked against fresh lists before
// they leave, and refused locally when they break a rule.
#include "api/accountclient.h"
#include "api/apijob.h"
#include "broadcast/broadcastclient.h"
#include "broadcast/broadcastdraft.h"
#include "broadcast/broadcastsender.h"
#include "broadcast/projectlistmodel.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Validation::BroadcastChannel;

namespace {
constexpr int LongWaitMs = 60000;

ApiResult waitFor(ApiJob *job)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(30000))
        return {};
    return spy.first().first().value<ApiResult>();
}
} // namespace

class tst_BroadcastModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void referenceListsAreReadInFull();
    void referenceCacheRoundTrips();
    void projectListPagesUnderTheTester();
    void draftBodyFollowsTheChannel();
    void lostAnswersNeverCreateTwice();
    void aNumberGoneSendsTheDraftBack();
    void brokenRulesNeverLeave();

private:
    void start(const FaultOptions &faults = {});
    BroadcastReference loadReference();
    BroadcastDraft validDraft(const BroadcastReference &ref, const QString &name, int numbers = 3) const;
    QList<BroadcastProject> serverProjects();
    int countNamed(const QString &name);
    Draft submit(const BroadcastDraft &draft);
    Draft waitSettled(const QString &id);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<AccountClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
};

void tst_BroadcastModels::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(20);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY(m_store->open());
}

void tst_BroadcastModels::cleanup()
{
    m_outbox.reset();
    m_client.reset();
    m_store.reset();
    m_dir.reset();
    m_sandbox.reset();
}

void tst_BroadcastModels::start(const FaultOptions &faults)
{
    m_client = std::make_unique<AccountClient>(m_sandbox->profile(ApiFamily::Broadcast));
    m_client->setTransferTimeout(5000);
    RetryPolicy quick;
    quick.initialDelayMs = 20;
    quick.maxDelayMs = 200;
    m_client->setRetryPolicy(quick);
    m_outbox = std::make_unique<Outbox>(m_store.get(), m_client.get());
    m_outbox->setRetryDelays(50, 400);
    m_outbox->setCheckDelays({30, 60}); // a lost answer is looked up three times, quickly
    m_outbox->setSender(DraftKind::Broadcast, std::make_unique<BroadcastSender>(m_client.get()));
    m_outbox->start();
    m_sandbox->server().setFaults(faults);
}

BroadcastReference tst_BroadcastModels::loadReference()
{
    const FaultOptions faults = m_sandbox->server().faults();
    m_sandbox->server().setFaults({});
    auto *loader = new BroadcastReferenceLoader(m_client.get());
    QSignalSpy done(loader, &BroadcastReferenceLoader::finished);
    loader->start();
    m_sandbox->server().setFaults(faults);
    if (!done.wait(LongWaitMs))
        return {};
    const ApiError error = done.first().at(1).value<ApiError>();
    if (error.isError())
        qWarning() << error.displayText();
    return done.first().at(0).value<BroadcastReference>();
}

BroadcastDraft tst_BroadcastModels::validDraft(const BroadcastReference &ref, const QString &name,
                                               int numbers) const
{
    BroadcastDraft d;
    d.name = name;
    d.channel = BroadcastChannel::TenDlc;
    for (const auto &campaign : ref.campaigns) {
        d.brandId = campaign.brandId;
        d.campaignId = campaign.id;
        break;
    }
    for (const auto &n : ref.numbers) {
        if (!n.tollFree && d.numbers.size() < numbers)
            d.numbers.append(n);
    }
    return d;
}

QList<BroadcastProject> tst_BroadcastModels::serverProjects()
{
    const FaultOptions faults = m_sandbox->server().faults();
    m_sandbox->server().setFaults({});
    QList<BroadcastProject> all;
    QString token;
    do {
        QList<BroadcastProject> page;
        const ApiError e = BroadcastClient::parseProjects(
            waitFor(BroadcastClient(m_client.get()).projects(token)), &page, &token);
        if (e.isError()) {
            qWarning() << e.displayText();
            break;
        }
        all += page;
    } while (!token.isEmpty());
    m_sandbox->server().setFaults(faults);
    return all;
}

int tst_BroadcastModels::countNamed(const QString &name)
{
    const QList<BroadcastProject> all = serverProjects();
    return int(std::count_if(all.cbegin(), all.cend(), [&](const BroadcastProject &p) { return p.name == name; }));
}

Draft tst_BroadcastModels::submit(const BroadcastDraft &draft)
{
    const Draft d = m_store->create(DraftKind::Broadcast, m_client->profile().id, draft.title(),
                                    draft.toJson(), true);
    QString why;
    if (!m_outbox->submitNow(d.id, &why))
        qWarning() << "not submitted:" << why;
    return d;
}

Draft tst_BroadcastModels::waitSettled(const QString &id)
{
    [[maybe_unused]] const bool settled =
        QTest::qWaitFor([&] { return !m_store->draft(id).isInOutbox(); }, LongWaitMs);
    return m_store->draft(id); // the caller's checks say what a draft still in the outbox means
}

void tst_BroadcastModels::referenceListsAreReadInFull()
{
    start();
    const BroadcastReference ref = loadReference();
    QVERIFY(!ref.isEmpty());
    // As many numbers as the server says it has (several pages of 1000 or not).
    const ApiResult first = waitFor(m_client->get(u"/v1/phone_numbers"_s, QUrlQuery(u"limit=1"_s)));
    QVERIFY(first.ok());
    QCOMPARE(ref.numbers.size(), first.json.object().value(u"total"_s).toInteger());
    QVERIFY(std::any_of(ref.numbers.cbegin(), ref.numbers.cend(), [](const auto &n) { return n.tollFree; }));
    QVERIFY(std::any_of(ref.numbers.cbegin(), ref.numbers.cend(), [](const auto &n) { return !n.tollFree; }));
    for (const auto &n : ref.numbers) {
        if (n.tollFree)
            QVERIFY2(!ref.verificationName(n.tollFreeVerificationId).isNull(), qPrintable(n.id));
    }
    QVERIFY(!ref.brands.isEmpty());
    QVERIFY(!ref.campaigns.isEmpty());
    for (const auto &c : ref.campaigns)
        QVERIFY2(!ref.brandName(c.brandId).isNull(), qPrintable(c.id));
    // The demo has a brand that has no campaign yet.
    QVERIFY(std::any_of(ref.brands.cbegin(), ref.brands.cend(),
                        [&](const auto &b) { return ref.campaignsOf(b.id).isEmpty(); }));
    QVERIFY(!ref.tollFreeVerifications.isEmpty());
    QVERIFY(!ref.linkTrackingDomains.isEmpty());
    QVERIFY(!ref.contactFields.isEmpty());
    QVERIFY(qAbs(ref.fetchedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    // A wrong key: the loader ends with the server's 401 and nothing else.
    AccountClient bad(m_sandbox->badProfile(ApiFamily::Broadcast));
    auto *loader = new BroadcastReferenceLoader(&bad);
    QSignalSpy done(loader, &BroadcastReferenceLoader::finished);
    loader->start();
    QVERIFY(done.wait(LongWaitMs));
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().at(1).value<ApiError>().httpStatus(), 401);
    QVERIFY(done.first().at(0).value<BroadcastReference>().isEmpty());
}

void tst_BroadcastModels::referenceCacheRoundTrips()
{
    start();
    const BroadcastReference ref = loadReference();
    QVERIFY(!ref.isEmpty());
    QVERIFY(m_store->saveReference(m_client->profile().id, BroadcastReference::ReferenceKey, ref.toJson()));
    const CachedReference cached = m_store->reference(m_client->profile().id, BroadcastReference::ReferenceKey);
    QVERIFY(!cached.isNull());
    const BroadcastReference back = BroadcastReference::fromJson(cached.value.toObject());
    QCOMPARE(back.numbers.size(), ref.numbers.size());
    QCOMPARE(back.numbers.last().phoneNumber, ref.numbers.last().phoneNumber);
    QCOMPARE(back.brands, ref.brands);
    QCOMPARE(back.campaigns, ref.campaigns);
    QCOMPARE(back.tollFreeVerifications, ref.tollFreeVerifications);
    QCOMPARE(back.linkTrackingDomains, ref.linkTrackingDomains);
    QCOMPARE(back.contactFields, ref.contactFields);
    QCOMPARE(back.fetchedAt, ref.fetchedAt);
    // A cache damaged by hand is an empty one, never a crash.
    QVERIFY(BroadcastReference::fromJson(QJsonObject{{u"numbers"_s, 12}, {u"brands"_s, u"x"_s}}).isEmpty());
}

void tst_BroadcastModels::projectListPagesUnderTheTester()
{
    start();
    ProjectListModel model(m_client.get());
    model.setPageSize(2); // the demo's few projects take several pages
    QSignalSpy loaded(&model, &PagedListModel::pageLoaded);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 15000);
        QVERIFY2(!model.lastError().isError(), qPrintable(model.lastError().displayText()));
    }
    QVERIFY(loaded.size() >= 2);
    const QList<BroadcastProject> onServer = serverProjects();
    QVERIFY(!onServer.isEmpty());
    QCOMPARE(model.rowCount(), int(onServer.size()));
    QCOMPARE(model.totalCount(), int(onServer.size()));
    for (const BroadcastProject &p : onServer) {
        const int row = model.rowOf(p.id);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, ProjectListModel::NameColumn).data().toString(), p.name);
        QCOMPARE(model.index(row, ProjectListModel::NumbersColumn).data(ProjectListModel::SortRole).toInt(),
                 int(p.phoneNumberIds.size()));
        QVERIFY(!model.index(row, ProjectListModel::StatusColumn).data().toString().isEmpty());
    }
}

void tst_BroadcastModels::draftBodyFollowsTheChannel()
{
    BroadcastDraft d;
    d.name = u"  Spring  "_s;
    d.brandId = u"b1"_s;
    d.campaignId = u"c1"_s;
    d.tollFreeVerificationId = u"tfv1"_s;
    d.numbers = {{u"pn1"_s, u"+12065550100"_s, false, {}}};
    d.destinationUrl = u"https://example.com"_s;
    QJsonObject body = d.toRequestBody();
    QCOMPARE(body.value(u"name"_s).toString(), u"Spring"_s);
    QCOMPARE(body.value(u"channel"_s).toString(), u"10dlc"_s);
    QCOMPARE(body.value(u"brand_id"_s).toString(), u"b1"_s);
    QVERIFY(!body.contains(u"toll_free_verification_id"_s));
    QVERIFY(!body.contains(u"link_tracking_destination_url"_s)); // tracking is off
    QCOMPARE(body.value(u"phone_number_ids"_s).toArray(), QJsonArray{u"pn1"_s});

    d.channel = BroadcastChannel::TollFree;
    d.linkTracking = true;
    body = d.toRequestBody();
    QVERIFY(!body.contains(u"brand_id"_s));
    QVERIFY(!body.contains(u"campaign_id"_s));
    QCOMPARE(body.value(u"toll_free_verification_id"_s).toString(), u"tfv1"_s);
    QCOMPARE(body.value(u"link_tracking_destination_url"_s).toString(), u"https://example.com"_s);

    // Kept as typed for both channels, and read back the same.
    QCOMPARE(BroadcastDraft::fromJson(d.toJson()), d);
    QCOMPARE(BroadcastDraft::fromJson(QJsonObject{{u"channel"_s, 7}, {u"numbers"_s, u"x"_s}}), BroadcastDraft());
}

void tst_BroadcastModels::lostAnswersNeverCreateTwice()
{
    start();
    const BroadcastReference ref = loadReference();
    QVERIFY(!ref.isEmpty());
    FaultOptions lossy;
    lossy.lostAnswerRate = 0.5; // the server acts, then hangs up without answering
    lossy.seed = SandboxFixture::FaultSeed; // the same answers lost on every run
    m_sandbox->server().setFaults(lossy);
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    QStringList ids;
    QStringList names;
    for (int i = 0; i < 6; ++i) {
        names << u"Lossy %1 %2"_s.arg(stamp).arg(i);
        ids << submit(validDraft(ref, names.last(), 2 + i)).id;
    }
    for (int i = 0; i < ids.size(); ++i) {
        const Draft d = waitSettled(ids[i]);
        QCOMPARE(d.state, OutboxState::Sent);
        QVERIFY(!d.remoteId.isEmpty());
    }
    m_sandbox->server().setFaults({});
    const QList<BroadcastProject> all = serverProjects();
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(countNamed(names[i]), 1);
        const auto it = std::find_if(all.cbegin(), all.cend(),
                                     [&](const BroadcastProject &p) { return p.name == names[i]; });
        QCOMPARE(it->id, m_store->draft(ids[i]).remoteId);
        QCOMPARE(it->phoneNumberIds.size(), 2 + i);
        QCOMPARE(it->status, u"draft"_s);
    }
}

void tst_BroadcastModels::aNumberGoneSendsTheDraftBack()
{
    start();
    const BroadcastReference ref = loadReference();
    const BroadcastDraft draft = validDraft(ref, u"Gone number"_s, 3);
    QCOMPARE(draft.numbers.size(), 3);
    // Released by someone else after the draft was written (and the lists cached).
    QCOMPARE(m_sandbox->serverChange(u"DELETE FROM broadcast_numbers WHERE id = ?"_s,
                                     {draft.numbers.at(1).id}),
             1);
    const Draft d = waitSettled(submit(draft).id);
    QCOMPARE(d.state, OutboxState::Rejected);
    QVERIFY2(d.errorMessage.contains(u"changed"_s), qPrintable(d.errorMessage));
    QVERIFY(std::any_of(d.errors.cbegin(), d.errors.cend(), [&](const FieldError &e) {
        return e.field == u"phone_number_ids" && e.message.contains(draft.numbers.at(1).phoneNumber);
    }));
    QCOMPARE(countNamed(u"Gone number"_s), 0);
}

void tst_BroadcastModels::brokenRulesNeverLeave()
{
    start();
    const BroadcastReference ref = loadReference();
    BroadcastDraft draft = validDraft(ref, u"Too many"_s, 50);
    QCOMPARE(draft.numbers.size(), 50);
    Draft d = waitSettled(submit(draft).id);
    QCOMPARE(d.state, OutboxState::Rejected);
    QVERIFY(std::any_of(d.errors.cbegin(), d.errors.cend(),
                        [](const FieldError &e) { return e.field == u"phone_number_ids" && e.code == u"too_many"; }));

    // A toll-free number on a 10DLC project: refused before anything is sent.
    draft = validDraft(ref, u"Wrong channel"_s, 1);
    for (const auto &n : ref.numbers) {
        if (n.tollFree) {
            draft.numbers.append(n);
            break;
        }
    }
    d = waitSettled(submit(draft).id);
    QCOMPARE(d.state, OutboxState::Rejected);
    QVERIFY(std::any_of(d.errors.cbegin(), d.errors.cend(),
                        [](const FieldError &e) { return e.field == u"phone_number_ids" && e.code == u"mismatch"; }));
    QCOMPARE(countNamed(u"Too many"_s), 0);
    QCOMPARE(countNamed(u"Wrong channel"_s), 0);
}

QTEST_GUILESS_MAIN(tst_BroadcastModels)
#include "tst_broadcastmodels.moc"
