// The outbox's stepwise drafts (a cart: one request per item) against the real sandbox: a
// throw-away sender creates one property per step, so the engine is tested over real HTTP
// with the faults the sandbox injects. Every item ends created exactly once or refused with
// its reason, an item recorded as done is never sent again, and a refused item does not
// stop the others.
#include "api/accountclient.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "drafts/propertydraftsender.h"
#include "properties/propertiesclient.h"
#include "properties/propertydraft.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int LongWaitMs = 90000;
const QString Kind = u"property-batch"_s;

ApiResult waitFor(ApiJob *job)
{
    QSignalSpy spy(job, &ApiJob::finished);
    if (!spy.wait(30000))
        return {};
    return spy.first().first().value<ApiResult>();
}

QList<Property> serverProperties(AccountClient *client)
{
    QList<Property> all;
    PropertiesClient properties(client);
    QString token;
    do {
        PropertyPage page;
        if (PropertiesClient::parsePage(waitFor(properties.list(token, 1000)), &page).isError())
            return {};
        all += page.properties;
        token = page.nextPageToken;
    } while (!token.isEmpty());
    return all;
}

int countNamed(const QList<Property> &all, const QString &name)
{
    return int(std::count_if(all.begin(), all.end(), [&](const Property &p) { return p.name == name; }));
}

// A batch of properties, one request each. payload: {"items": [PropertyDraft JSON...],
// "results": {"<index>": {"sid": …} | {"error": …}}}. Each step is a PropertyDraftSender
// send of one item, with that sender's own notes and reconciliation.
class BatchSender final : public DraftSender
{
public:
    explicit BatchSender(AccountClient *client)
        : m_inner(client)
    {
    }

    static int nextIndex(const Draft &d)
    {
        const QJsonArray items = d.payload.value(u"items"_s).toArray();
        const QJsonObject results = d.payload.value(u"results"_s).toObject();
        for (int i = 0; i < items.size(); ++i) {
            if (!results.contains(QString::number(i)))
                return i;
        }
        return -1;
    }
    static Draft itemDraft(const Draft &d, int index)
    {
        Draft item = d;
        item.payload = d.payload.value(u"items"_s).toArray().at(index).toObject();
        item.sendContext = d.sendContext.value(u"inner"_s).toObject();
        if (d.sendContext.contains(u"preparedAt"_s))
            item.sendContext.insert(u"preparedAt"_s, d.sendContext.value(u"preparedAt"_s));
        return item;
    }
    int stepOf(const Draft &d) const { return d.sendContext.value(u"step"_s).toInt(-1); }

    bool isStepwise() const override { return true; }
    void prepare(const Draft &draft, QObject *context, PrepareCallback done) override
    {
        const int index = nextIndex(draft);
        m_inner.prepare(itemDraft(draft, index), context,
                        [index, done](const QJsonObject &inner, const ApiError &error) {
                            done(QJsonObject{{u"step"_s, index}, {u"inner"_s, inner}}, error);
                        });
    }
    ApiJob *send(const Draft &draft) override
    {
        ++sends;
        if (beforeSend)
            beforeSend(stepOf(draft));
        return m_inner.send(itemDraft(draft, stepOf(draft)));
    }
    ApiError parseSent(const ApiResult &result, QString *remoteId) const override
    {
        return m_inner.parseSent(result, remoteId);
    }
    void reconcile(const Draft &draft, QObject *context, ReconcileCallback done) override
    {
        ++reconciles;
        m_inner.reconcile(itemDraft(draft, stepOf(draft)), context, std::move(done));
    }
    QJsonObject recordStep(const Draft &draft, const QString &remoteId,
                           const ApiError &refusal) const override
    {
        QJsonObject payload = draft.payload;
        QJsonObject results = payload.value(u"results"_s).toObject();
        results.insert(QString::number(stepOf(draft)),
                       refusal.isError() ? QJsonObject{{u"error"_s, refusal.displayText()}}
                                         : QJsonObject{{u"sid"_s, remoteId}});
        payload.insert(u"results"_s, results);
        return payload;
    }
    bool hasPendingStep(const Draft &draft) const override { return nextIndex(draft) >= 0; }
    DraftEnding finish(const Draft &draft) const override
    {
        DraftEnding ending;
        const QJsonObject results = draft.payload.value(u"results"_s).toObject();
        QStringList sids;
        for (auto it = results.begin(); it != results.end(); ++it) {
            const QJsonObject r = it.value().toObject();
            if (r.contains(u"error"_s))
                ending.errors.append({u"items/"_s + it.key(), u"refused"_s, r.value(u"error"_s).toString()});
            else
                sids << r.value(u"sid"_s).toString();
        }
        ending.sent = ending.errors.isEmpty();
        ending.remoteId = sids.join(u',');
        if (!ending.sent)
            ending.message = u"%1 of %2 created"_s.arg(sids.size()).arg(results.size());
        return ending;
    }

    int sends = 0;
    int reconciles = 0;
    std::function<void(int step)> beforeSend;

private:
    PropertyDraftSender m_inner;
};

QString uniqueName(const QString &prefix)
{
    return prefix + u' ' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}
} // namespace

class tst_OutboxSteps : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyStepOnce();
    void lostAnswersNeverDuplicate();
    void refusedStepDoesNotStopTheOthers();
    void serverDownMidwayThenUp();
    void crashMidStepIsReconciled();
    void undecidedStepIsRecordedWhereItWas();

private:
    Draft queueBatch(const QStringList &names, const QString &domain = u"steps.example.com"_s);
    void makeOutbox();
    void verifyOnce(const Draft &d);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<AccountClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
    BatchSender *m_sender = nullptr;
};

void tst_OutboxSteps::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(10);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY(m_store->open());
    m_client = std::make_unique<AccountClient>(m_sandbox->profile(ApiFamily::Properties));
    m_client->setTransferTimeout(5000);
    RetryPolicy quick;
    quick.initialDelayMs = 20;
    quick.maxDelayMs = 100;
    m_client->setRetryPolicy(quick);
}

void tst_OutboxSteps::cleanup()
{
    m_outbox.reset();
    m_client.reset();
    m_store.reset();
    m_dir.reset();
    m_sandbox.reset();
}

void tst_OutboxSteps::makeOutbox()
{
    m_outbox = std::make_unique<Outbox>(m_store.get(), m_client.get());
    m_outbox->setRetryDelays(50, 400);
    m_outbox->setCheckDelays({30, 60}); // a lost answer is looked up three times, quickly
    auto sender = std::make_unique<BatchSender>(m_client.get());
    m_sender = sender.get();
    m_outbox->setSender(Kind, std::move(sender));
}

Draft tst_OutboxSteps::queueBatch(const QStringList &names, const QString &domain)
{
    QJsonArray items;
    for (const QString &name : names) {
        PropertyDraft p;
        p.name = name;
        p.mainDomain = domain;
        p.timeZone = u"UTC"_s;
        items.append(p.toJson());
    }
    const Draft d = m_store->create(Kind, m_client->profile().id, u"Batch"_s,
                                    QJsonObject{{u"items"_s, items}}, true);
    return d;
}

void tst_OutboxSteps::verifyOnce(const Draft &d)
{
    m_sandbox->server().setFaults({});
    const QList<Property> all = serverProperties(m_client.get());
    QVERIFY(!all.isEmpty());
    const QJsonArray items = d.payload.value(u"items"_s).toArray();
    const QJsonObject results = d.payload.value(u"results"_s).toObject();
    for (int i = 0; i < items.size(); ++i) {
        const QString name = items.at(i).toObject().value(u"Name"_s).toString();
        const QJsonObject r = results.value(QString::number(i)).toObject();
        if (r.contains(u"sid"_s))
            QCOMPARE(countNamed(all, name), 1);
        else
            QCOMPARE(countNamed(all, name), 0);
    }
}

void tst_OutboxSteps::everyStepOnce()
{
    makeOutbox();
    QStringList names;
    for (int i = 0; i < 5; ++i)
        names << uniqueName(u"Step"_s);
    const Draft batch = queueBatch(names);
    QSignalSpy steps(m_outbox.get(), &Outbox::draftStepSent);
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    m_outbox->start();
    QVERIFY(m_outbox->submitNow(batch.id));
    QVERIFY(sent.wait(LongWaitMs));
    QCOMPARE(steps.size(), 4); // the fifth ends the draft
    const Draft d = m_store->draft(batch.id);
    QCOMPARE(d.state, OutboxState::Sent);
    QCOMPARE(d.remoteId.split(u',').size(), 5);
    QCOMPARE(m_sender->sends, 5);
    verifyOnce(d);
}

void tst_OutboxSteps::lostAnswersNeverDuplicate()
{
    FaultOptions faults;
    faults.lostAnswerRate = 0.4;
    // The outbox sends one request at a time, so with a fixed seed the same answers are lost
    // on every run: with this one, answers to creates and to look-ups (checked below, as a
    // seed that lost none would prove nothing).
    faults.seed = SandboxFixture::FaultSeed;
    m_sandbox->server().setFaults(faults);
    const quint64 lostBefore = m_sandbox->server().faultCounts().lostAnswers;
    makeOutbox();
    QStringList names;
    for (int i = 0; i < 8; ++i)
        names << uniqueName(u"Lossy"_s);
    const Draft batch = queueBatch(names);
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    m_outbox->start();
    QVERIFY(m_outbox->submitNow(batch.id));
    QVERIFY(sent.wait(LongWaitMs));
    const Draft d = m_store->draft(batch.id);
    QCOMPARE(d.state, OutboxState::Sent);
    QCOMPARE(d.remoteId.split(u',').size(), 8);
    const quint64 lost = m_sandbox->server().faultCounts().lostAnswers - lostBefore;
    qInfo("%llu answers lost, %d steps reconciled", lost, m_sender->reconciles);
    QVERIFY2(m_sender->reconciles > 0, "no answer to a create was lost; the test proves nothing");
    QVERIFY(lost > quint64(m_sender->reconciles)); // look-ups' answers were lost too
    verifyOnce(d);
}

void tst_OutboxSteps::refusedStepDoesNotStopTheOthers()
{
    makeOutbox();
    const QString good1 = uniqueName(u"Good"_s), good2 = uniqueName(u"Good"_s);
    // The middle item's domain is refused by the server (the sender's own check is per item
    // and skipped here because the batch sender has none).
    QJsonArray items;
    for (const auto &[name, domain] : {std::pair{good1, u"ok.example.com"_s},
                                       std::pair{uniqueName(u"Bad"_s), u"https://bad/path"_s},
                                       std::pair{good2, u"ok.example.com"_s}}) {
        PropertyDraft p;
        p.name = name;
        p.mainDomain = domain;
        p.timeZone = u"UTC"_s;
        items.append(p.toJson());
    }
    const Draft batch = m_store->create(Kind, m_client->profile().id, u"Batch"_s,
                                        QJsonObject{{u"items"_s, items}}, true);
    QSignalSpy rejected(m_outbox.get(), &Outbox::draftRejected);
    m_outbox->start();
    QVERIFY(m_outbox->submitNow(batch.id));
    QVERIFY(rejected.wait(LongWaitMs));
    Draft d = m_store->draft(batch.id);
    QCOMPARE(d.state, OutboxState::Rejected);
    QCOMPARE(d.errors.size(), 1);
    QCOMPARE(d.errors.first().field, u"items/1"_s);
    QCOMPARE(d.errorMessage, u"2 of 3 created"_s);
    verifyOnce(d);
    QCOMPARE(m_sender->sends, 3);

    // Fixed and sent again: only the refused item goes; the created ones are never resent.
    QJsonObject payload = d.payload;
    QJsonArray fixed = payload.value(u"items"_s).toArray();
    QJsonObject item = fixed.at(1).toObject();
    item.insert(u"MainDomain"_s, u"fixed.example.com"_s);
    fixed.replace(1, item);
    QJsonObject results = payload.value(u"results"_s).toObject();
    results.remove(u"1"_s);
    payload.insert(u"items"_s, fixed);
    payload.insert(u"results"_s, results);
    QVERIFY(m_store->updateContent(d.id, payload, d.title, true));
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    QVERIFY(m_outbox->submitNow(d.id));
    QVERIFY(sent.wait(LongWaitMs));
    d = m_store->draft(batch.id);
    QCOMPARE(d.state, OutboxState::Sent);
    QCOMPARE(m_sender->sends, 4);
    verifyOnce(d);
}

void tst_OutboxSteps::serverDownMidwayThenUp()
{
    makeOutbox();
    QStringList names;
    for (int i = 0; i < 4; ++i)
        names << uniqueName(u"Down"_s);
    const Draft batch = queueBatch(names);
    QSignalSpy steps(m_outbox.get(), &Outbox::draftStepSent);
    QSignalSpy status(m_outbox.get(), &Outbox::statusChanged);
    m_outbox->start();
    QVERIFY(m_outbox->submitNow(batch.id));
    QVERIFY(steps.wait(LongWaitMs));
    // Every request is refused from here: the outbox waits, the draft stays queued.
    FaultOptions down;
    down.dropRate = 1.0;
    m_sandbox->server().setFaults(down);
    QTRY_COMPARE_WITH_TIMEOUT(m_outbox->status(), Outbox::Status::WaitingForNetwork, LongWaitMs);
    Draft d = m_store->draft(batch.id);
    QVERIFY(d.isInOutbox());
    QVERIFY(!d.payload.value(u"results"_s).toObject().isEmpty());
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    m_sandbox->server().setFaults({});
    QVERIFY(sent.wait(LongWaitMs));
    d = m_store->draft(batch.id);
    QCOMPARE(d.state, OutboxState::Sent);
    QCOMPARE(d.remoteId.split(u',').size(), 4);
    verifyOnce(d);
}

void tst_OutboxSteps::crashMidStepIsReconciled()
{
    // The answer of the second step is lost and the app dies before it hears: the draft is
    // left Sending with that step's notes. A new outbox reconciles the step, then goes on.
    const QString first = uniqueName(u"Crash"_s), second = uniqueName(u"Crash"_s),
                  third = uniqueName(u"Crash"_s);
    {
        makeOutbox();
        const Draft batch = queueBatch({first, second, third});
        m_sender->beforeSend = [this](int step) {
            FaultOptions faults;
            faults.latencyMs = 60000; // the second step is on the server, its answer not back
            if (step == 1)
                m_sandbox->server().setFaults(faults);
        };
        m_outbox->start();
        QVERIFY(m_outbox->submitNow(batch.id));
        // Wait until the server holds the second property, then "crash".
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->serverCount(u"SELECT COUNT(*) FROM properties WHERE name = ?"_s,
                                                        {second}) == 1,
                                 LongWaitMs);
        m_outbox.reset();
        m_client = std::make_unique<AccountClient>(m_sandbox->profile(ApiFamily::Properties));
        m_sandbox->server().setFaults({});
    }
    const QList<Draft> left = m_store->outbox(m_client->profile().id);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().state, OutboxState::Sending);
    makeOutbox();
    QSignalSpy sent(m_outbox.get(), &Outbox::draftSent);
    m_outbox->start();
    QVERIFY(sent.wait(LongWaitMs));
    const Draft d = m_store->draft(left.first().id);
    QCOMPARE(d.state, OutboxState::Sent);
    QCOMPARE(d.remoteId.split(u',').size(), 3);
    QCOMPARE(m_sender->sends, 1); // the third; the second was found, not sent again
    verifyOnce(d);
}


void tst_OutboxSteps::undecidedStepIsRecordedWhereItWas()
{
    // Step 0 was created, its answer lost, and nothing tells which record is it (no notes):
    // the user decides. Their answer is recorded against step 0, which is never sent again.
    makeOutbox();
    const QStringList names{uniqueName(u"Undecided"_s), uniqueName(u"Next"_s)};
    Draft batch = queueBatch(names);
    QVERIFY(m_store->enqueue(batch.id));
    PropertyDraft first = PropertyDraft::fromJson(batch.payload.value(u"items"_s).toArray().at(0).toObject());
    Property created;
    QVERIFY(!PropertiesClient::parseProperty(waitFor(PropertiesClient(m_client.get()).create(first)),
                                             &created).isError());
    batch = m_store->draft(batch.id);
    batch.state = OutboxState::Sending;
    batch.sendContext = QJsonObject{{u"step"_s, 0}, {u"inner"_s, QJsonObject{}}};
    QVERIFY(m_store->save(batch));

    QSignalSpy undecided(m_outbox.get(), &Outbox::draftUndecided);
    m_outbox->start();
    QVERIFY(undecided.wait(LongWaitMs));
    QCOMPARE(m_store->draft(batch.id).candidates().size(), 1);
    QCOMPARE(m_store->draft(batch.id).candidates().first().remoteId, created.propertySid);

    QVERIFY(m_outbox->resolve(batch.id, created.propertySid));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(batch.id).state, OutboxState::Sent, LongWaitMs);
    const Draft d = m_store->draft(batch.id);
    QCOMPARE(d.payload.value(u"results"_s).toObject().value(u"0"_s).toObject().value(u"sid"_s).toString(),
             created.propertySid);
    verifyOnce(d);
    const QList<Property> all = serverProperties(m_client.get());
    QCOMPARE(countNamed(all, names.at(0)), 1); // the user's answer, not a second one
    QCOMPARE(countNamed(all, names.at(1)), 1);
}

QTEST_GUILESS_MAIN(tst_OutboxSteps)
#include "tst_outboxsteps.moc"
