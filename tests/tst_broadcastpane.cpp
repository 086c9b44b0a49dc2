// The Broadcast projects section under offscreen against the sandbox: the projects list under
// QAbstractItemModelTester (through the sort proxy too), the detail pane with the project's
// numbers by phone number, New asking the shell for a broadcast draft, and a project created
// by the outbox appearing and selected without a reload.
#include "api/accountclient.h"
#include "api/apijob.h"
#include "broadcast/broadcastclient.h"
#include "broadcast/broadcastpane.h"
#include "broadcast/projectlistmodel.h"
#include "drafts/draft.h"
#include "drafts/draftstore.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QHeaderView>

using namespace Qt::StringLiterals;

class tst_BroadcastPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listsProjectsWithTheirNumbers();
    void newAndSentProjects();
};

void tst_BroadcastPane::listsProjectsWithTheirNumbers()
{
    SandboxFixture sandbox(10);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    AccountClient client(sandbox.profile(ApiFamily::Broadcast));
    QTemporaryDir dir;
    DraftStore store(dir.path());
    QVERIFY(store.open());
    BroadcastPane pane(&client, &store);
    QAbstractItemModelTester modelTester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(pane.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&pane, &SectionPane::loadFinished);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(loaded.wait(30000) || loaded.size() == 1);
    QCOMPARE(loaded.first().first().toBool(), true);
    QVERIFY(pane.model()->rowCount() > 0);
    // The table shows the rows once (a header that counted them twice drew empty rows).
    QCOMPARE(pane.view()->verticalHeader()->count(), pane.model()->rowCount());
    QVERIFY(pane.statusMessage().contains(u"project"_s));
    // The names of numbers arrive with the lists (read once and cached).
    QTRY_VERIFY_WITH_TIMEOUT(!store.reference(client.profile().id, BroadcastReference::ReferenceKey).isNull(), 30000);

    // The first row is selected; its numbers are listed by phone number.
    const std::optional<BroadcastProject> current = pane.currentProject();
    QVERIFY(current);
    QTRY_COMPARE_WITH_TIMEOUT(pane.numbersList()->count(), int(current->phoneNumberIds.size()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(pane.numbersList()->item(0)->text().startsWith(u'+'), 10000);
    QCOMPARE(pane.findChild<QLabel *>(u"detailName"_s)->text(), current->name);

    // Sorting by number count orders the loaded rows by it.
    pane.view()->sortByColumn(ProjectListModel::NumbersColumn, Qt::AscendingOrder);
    int previous = -1;
    for (int row = 0; row < pane.proxy()->rowCount(); ++row) {
        const int count = pane.proxy()->index(row, ProjectListModel::NumbersColumn)
                              .data(ProjectListModel::SortRole).toInt();
        QVERIFY(count >= previous);
        previous = count;
    }
    QVERIFY(!pane.view()->tabKeyNavigation());
}

void tst_BroadcastPane::newAndSentProjects()
{
    SandboxFixture sandbox(10);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    AccountClient client(sandbox.profile(ApiFamily::Broadcast));
    BroadcastPane pane(&client, nullptr);
    QSignalSpy loaded(&pane, &SectionPane::loadFinished);
    pane.show();
    QVERIFY(loaded.wait(30000) || loaded.size() == 1);
    const int before = pane.model()->rowCount();

    QSignalSpy requested(&pane, &SectionPane::newDocumentRequested);
    QAction *newAction = pane.findChild<QAction *>(u"newProjectAction"_s);
    QVERIFY(newAction);
    newAction->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), DraftKind::Broadcast);

    // Created elsewhere (as the outbox would), then announced: it appears and is selected.
    const ApiResult numbers = [&] {
        QSignalSpy spy(client.get(u"/v1/phone_numbers"_s, QUrlQuery(u"limit=200"_s)), &ApiJob::finished);
        spy.wait(15000);
        return spy.first().first().value<ApiResult>();
    }();
    QString local;
    for (const QJsonValue &v : numbers.json.object().value(u"data"_s).toArray()) {
        if (v[u"type"_s].toString() == u"local") {
            local = v[u"id"_s].toString();
            break;
        }
    }
    const ApiResult brands = [&] {
        QSignalSpy spy(client.get(u"/v1/brands"_s), &ApiJob::finished);
        spy.wait(15000);
        return spy.first().first().value<ApiResult>();
    }();
    QString brand, campaign;
    for (const QJsonValue &b : brands.json.object().value(u"data"_s).toArray()) {
        QUrlQuery q;
        q.addQueryItem(u"brand_id"_s, b[u"id"_s].toString());
        QSignalSpy spy(client.get(u"/v1/campaigns"_s, q), &ApiJob::finished);
        QVERIFY(spy.wait(15000));
        const QJsonArray campaigns = spy.first().first().value<ApiResult>().json.object().value(u"data"_s).toArray();
        if (!campaigns.isEmpty()) {
            brand = b[u"id"_s].toString();
            campaign = campaigns.first()[u"id"_s].toString();
            break;
        }
    }
    QVERIFY(!local.isEmpty() && !campaign.isEmpty());
    QSignalSpy created(BroadcastClient(&client).createProject(
                           {{u"name"_s, u"Made by the outbox"_s},
                            {u"brand_id"_s, brand},
                            {u"campaign_id"_s, campaign},
                            {u"phone_number_ids"_s, QJsonArray{local}}}),
                       &ApiJob::finished);
    QVERIFY(created.wait(15000));
    BroadcastProject project;
    QVERIFY(!BroadcastClient::parseProject(created.first().first().value<ApiResult>(), &project).isError());
    Draft draft;
    draft.kind = DraftKind::Broadcast;
    draft.remoteId = project.id;
    pane.draftSent(draft);
    QTRY_COMPARE_WITH_TIMEOUT(pane.model()->rowCount(), before + 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(pane.currentProject().value_or(BroadcastProject()).id, project.id, 15000);
}

QTEST_MAIN(tst_BroadcastPane)
#include "tst_broadcastpane.moc"
