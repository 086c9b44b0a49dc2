// Forms and their drafts when the two meet: closing a form mid-send, queueing or deleting a
// draft whose form is open, and undo after a send. Real window, real sandbox, real store.
#include "api/account.h"
#include "api/accountclient.h"
#include "documentdrafts.h"
#include "draftform.h"
#include "drafts/draftstore.h"
#include "drafts/outbox.h"
#include "drafts/propertydraftsender.h"
#include "mainwindow.h"
#include "properties/propertydraft.h"
#include "properties/propertiespane.h"
#include "properties/propertyform.h"
#include "properties/propertylistmodel.h"
#include "sandboxfixture.h"

#include <QAction>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
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
    void queueingAnOpenDraftSavesItAndShowsIt();
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
    std::unique_ptr<Outbox> m_outbox;
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
    AccountClient *client = account->client(ApiFamily::Properties);
    m_outbox = std::make_unique<Outbox>(m_store.get(), client);
    m_outbox->setSender(DraftKind::Property, std::make_unique<PropertyDraftSender>(client));
    m_window->addOutbox(m_outbox.get());
    m_outbox->start();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_DocumentDrafts::cleanup()
{
    m_outbox.reset();
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
    QVERIFY(m_store->draft(id).isInOutbox()); // the outbox has it: a crash now is reconciled
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sending, 10000);

    m_window->closeDocument(1);
    QCOMPARE(m_window->documentCount(), 0);
    QTRY_VERIFY(form.isNull());
    // The answer still reaches the draft: Sent, with the server's SID. Nothing is left
    // editable that could create the property again.
    QTRY_COMPARE_WITH_TIMEOUT(m_store->draft(id).state, OutboxState::Sent, 10000);
    QVERIFY(m_store->draft(id).remoteId.startsWith(u'S'));
    // Reopened, it shows the result and cannot be sent again.
    std::unique_ptr<DraftForm> shown(m_window->documentDrafts()->open(m_store->draft(id)));
    QVERIFY(shown);
    QVERIFY(shown->isSent());
    QVERIFY(!shown->findChild<QPushButton *>(u"createButton"_s)->isEnabled());
    shown.reset();
    m_sandbox.server().setFaults({});
    QCOMPARE(serverPropertyCount(), before + 1);
}

void tst_DocumentDrafts::queueingAnOpenDraftSavesItAndShowsIt()
{
    FaultOptions slow;
    slow.latencyMs = 300;
    m_sandbox.server().setFaults(slow);
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
    // The form stays, shows the state and takes no more typing: what is sent is what was saved.
    QVERIFY(form);
    QVERIFY(form->isBusy());
    QVERIFY(!form->findChild<QLineEdit *>(u"nameEdit"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(form->isSent(), 10000);
    QCOMPARE(m_window->documentCount(), 1);
    m_sandbox.server().setFaults({});
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
    QTRY_VERIFY_WITH_TIMEOUT(form->isSent(), 10000);
    QTRY_VERIFY(!form->findChild<QAction *>(u"actionUndo"_s));
    QCOMPARE(m_store->draft(id).state, OutboxState::Sent);
    QCOMPARE(m_store->draft(id).title, u"Undo After Create"_s);
}

void tst_DocumentDrafts::sentDraftsCannotBeRewritten()
{
    QPointer<PropertyForm> form = newFilledForm(u"Sent Is Final"_s);
    const QString id = m_window->documentDrafts()->draftId(form);
    form->submit();
    QTRY_VERIFY_WITH_TIMEOUT(form->isSent(), 10000);
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
    QTRY_VERIFY(!list->model()->isLoading());

    PropertyDraft content;
    content.name = u"Reopened And Sent"_s;
    content.mainDomain = u"reopened.example.com"_s;
    content.timeZone = u"UTC"_s;
    const Draft draft = m_store->create(DraftKind::Property,
                                        account->client(ApiFamily::Properties)->profile().id,
                                        content.name, content.toJson(), true);
    QPointer<PropertyForm> form =
        qobject_cast<PropertyForm *>(m_window->documentDrafts()->open(draft));
    QVERIFY(form);
    form->submit();
    QTRY_VERIFY_WITH_TIMEOUT(form->isSent(), 10000);
    const QString sid = form->remoteId();
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowOf(sid) >= 0, 10000);
    QVERIFY(list->currentProperty());
    QCOMPARE(list->currentProperty()->propertySid, sid);
    delete form.data();
}

QTEST_MAIN(tst_DocumentDrafts)
#include "tst_documentdrafts.moc"
