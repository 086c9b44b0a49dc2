// Forms and their drafts when the two meet: closing a form mid-send, queueing or deleting a
// draft whose form is open, and undo after a send. Real window, real sandbox, real store.
#include "account.h"
#include "api/accountclient.h"
#include "documentdrafts.h"
#include "drafts/draftstore.h"
#include "mainwindow.h"
#include "properties/propertydraft.h"
#include "properties/propertiespane.h"
#include "properties/propertyform.h"
#include "properties/propertylistmodel.h"
#include "sandboxfixture.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_DocumentDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void closingWhileSendingStillRecordsTheResult();
    void queueingAnOpenDraftSavesAndClosesIt();
    void deletingAnOpenDraftClosesIt();
    void nothingToUndoOnceCreated();
    void sentDraftsCannotBeRewritten();
    void reopenedDraftJoinsTheListWhenCreated();

private:
    PropertyForm *newFilledForm(const QString &name);
    int serverPropertyCount();

    SandboxFixture m_sandbox{20};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DocumentDrafts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void tst_DocumentDrafts::init()
{
    m_sandbox.server().setFaults({});
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<DraftStore>(m_dir->path());
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    m_window = std::make_unique<MainWindow>();
    m_window->setDraftStore(m_store.get());
    auto *account = new Account(u"sandbox"_s, u"Sandbox (demo data)"_s);
    account->addProfile(m_sandbox.profile(ApiFamily::Properties));
    m_window->addAccount(account);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_DocumentDrafts::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

PropertyForm *tst_DocumentDrafts::newFilledForm(const QString &name)
{
    QAction *newAction =
        m_window->menuBar()->actions().constFirst()->menu()->actions().constFirst();
    newAction->trigger();
    auto *form = qobject_cast<PropertyForm *>(m_window->tabWidget()->currentWidget());
    if (!form)
        return nullptr;
    PropertyDraft draft;
    draft.name = name;
    draft.mainDomain = u"harbourlights.com.au"_s;
    draft.timeZone = u"AUS Eastern Standard Time"_s;
    form->setDraft(draft); // as if typed: the draft is created on this first change
    return form;
}

int tst_DocumentDrafts::serverPropertyCount()
{
    AccountClient client(m_sandbox.profile(ApiFamily::Properties));
    ApiJob *job = client.get(u"/v2/Properties"_s, QUrlQuery(u"Results_Count=1"_s));
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(10000))
        return -1;
    return done.first().first().value<ApiResult>().json.object().value(u"TotalCount"_s).toInt(-1);
}

void tst_DocumentDrafts::closingWhileSendingStillRecordsTheResult()
{
    const int before = serverPropertyCount();
    QVERIFY(before > 0);
    FaultOptions slow;
    slow.latencyMs = 700;
    m_sandbox.server().setFaults(slow);

    QPointer<PropertyForm> form = newFilledForm(u"Closed While Sending"_s);
    QVERIFY(form);
    const QString id = m_window->documentDrafts()->draftId(form);
    QVERIFY(!id.isEmpty());
    form->submit();
    QVERIFY(form->isBusy());
    QCOMPARE(m_store->draft(id).state, OutboxState::Sending); // a crash now is reconciled

    m_window->closeDocument(1);
    QCOMPARE(m_window->documentCount(), 0);
    // The answer still reaches the draft: Sent, with the server's SID, and only then the
    // form goes. Nothing is left editable that could create the property again.
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, 10000);
    QVERIFY(m_store->draft(id).remoteId.startsWith(u'S'));
    QTRY_VERIFY(form.isNull());
    QVERIFY(!m_window->documentDrafts()->openProperty(m_store->draft(id)));
    m_sandbox.server().setFaults({});
    QCOMPARE(serverPropertyCount(), before + 1);
}

void tst_DocumentDrafts::queueingAnOpenDraftSavesAndClosesIt()
{
    QPointer<PropertyForm> form = newFilledForm(u"Queued While Open"_s);
    QVERIFY(form);
    const QString id = m_window->documentDrafts()->draftId(form);
    QVERIFY(!id.isEmpty());
    PropertyDraft latest = form->draft();
    latest.name = u"Queued While Open v2"_s;
    form->setDraft(latest); // still within the autosave delay when it is queued

    QVERIFY(m_store->enqueue(id));
    const Draft queued = m_store->draft(id);
    QCOMPARE(queued.state, OutboxState::Queued);
    QCOMPARE(PropertyDraft::fromJson(queued.payload).name, u"Queued While Open v2"_s);
    QTRY_VERIFY(form.isNull());
    QCOMPARE(m_window->documentCount(), 0);
}

void tst_DocumentDrafts::deletingAnOpenDraftClosesIt()
{
    QPointer<PropertyForm> form = newFilledForm(u"Deleted While Open"_s);
    QVERIFY(form);
    const QString id = m_window->documentDrafts()->draftId(form);
    PropertyDraft latest = form->draft();
    latest.name = u"Deleted While Open, last words"_s;
    form->setDraft(latest);

    QVERIFY(m_store->remove(id));
    QTRY_VERIFY(form.isNull());
    QCOMPARE(m_window->documentCount(), 0);
    // Undo of the delete brings back everything typed up to it.
    QVERIFY(m_store->restore(id));
    QCOMPARE(PropertyDraft::fromJson(m_store->draft(id).payload).name,
             u"Deleted While Open, last words"_s);
}

void tst_DocumentDrafts::nothingToUndoOnceCreated()
{
    QPointer<PropertyForm> form = newFilledForm(u"Undo After Create"_s);
    QVERIFY(form);
    const QString id = m_window->documentDrafts()->draftId(form);
    QVERIFY(form->findChild<QAction *>(u"actionUndo"_s));
    form->submit();
    QTRY_VERIFY_WITH_TIMEOUT(form->isCreated(), 10000);
    QTRY_VERIFY(!form->findChild<QAction *>(u"actionUndo"_s));
    QCOMPARE(m_store->draft(id).state, OutboxState::Sent);
    QCOMPARE(m_store->draft(id).title, u"Undo After Create"_s);
}

void tst_DocumentDrafts::sentDraftsCannotBeRewritten()
{
    QPointer<PropertyForm> form = newFilledForm(u"Sent Is Final"_s);
    const QString id = m_window->documentDrafts()->draftId(form);
    form->submit();
    QTRY_VERIFY_WITH_TIMEOUT(form->isCreated(), 10000);
    QVERIFY(!m_store->updateContent(id, QJsonObject{{u"Name"_s, u"rewritten"_s}}, u"rewritten"_s,
                                    true));
    QCOMPARE(m_store->draft(id).title, u"Sent Is Final"_s);
}

void tst_DocumentDrafts::reopenedDraftJoinsTheListWhenCreated()
{
    Account *account = m_window->accounts().constFirst();
    QVERIFY(m_window->selectSection(account, Section::Properties));
    auto *list = qobject_cast<PropertiesPane *>(m_window->pane(account, Section::Properties));
    QVERIFY(list);
    QTRY_VERIFY(list->isLoaded());
    QTRY_VERIFY(!list->model()->isFetching());

    PropertyDraft content;
    content.name = u"Reopened And Sent"_s;
    content.mainDomain = u"reopened.example.com"_s;
    content.timeZone = u"UTC"_s;
    const Draft draft = m_store->create(DraftKind::Property,
                                        account->client(ApiFamily::Properties)->profile().id,
                                        content.name, content.toJson(), true);
    QPointer<PropertyForm> form =
        qobject_cast<PropertyForm *>(m_window->documentDrafts()->openProperty(draft));
    QVERIFY(form);
    form->submit();
    QTRY_VERIFY_WITH_TIMEOUT(form->isCreated(), 10000);
    const QString sid = form->createdProperty().propertySid;
    QVERIFY(list->model()->rowOf(sid) >= 0);
    QVERIFY(list->currentProperty());
    QCOMPARE(list->currentProperty()->propertySid, sid);
    delete form.data();
}

QTEST_MAIN(tst_DocumentDrafts)
#include "tst_documentdrafts.moc"
