#include "draftspane.h"

#include "api/account.h"
#include "drafts/draftlistmodel.h"
#include "drafts/draftmove.h"
#include "drafts/draftstore.h"
#include "icons.h"
#include "widgets/messagebanner.h"
#include "widgets/tablebehaviour.h"
#include "widgets/colors.h"

#include <QAction>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DraftsPane::DraftsPane(DraftStore *store, QWidget *parent)
    : SectionPane(parent)
    , m_store(store)
    , m_model(new DraftListModel(store, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_saveBanner(new MessageBanner(this))
{
    setWindowTitle(tr("Drafts"));
    setFocusPolicy(Qt::ClickFocus);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DraftListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DraftListModel::LastEditColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The title takes the room; the short columns fit their contents. The account and the
    // outbox state can be long (an error message): they get a fixed share, elided, with
    // the whole text in their tooltip, so the title never collapses.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DraftListModel::TitleColumn, QHeaderView::Stretch);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    header->setMinimumSectionSize(6 * charWidth);
    for (const auto &[column, chars] : {std::pair{int(DraftListModel::AccountColumn), 18},
                                        std::pair{int(DraftListModel::StateColumn), 22}}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_view->setColumnWidth(column, chars * charWidth);
    }
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Drafts"));
    connect(m_view, &QTableView::doubleClicked, this, &DraftsPane::openSelected);

    m_emptyLabel->setText(tr("No drafts yet: every form you open is kept here as you type."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    Colors::setMuted(m_emptyLabel);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_view);

    // Banner: one message at a time, with Undo after a deletion.
    connect(m_banner, &MessageBanner::actionTriggered, this, &DraftsPane::undoDelete);

    // A second banner, for as long as drafts cannot be written: it never gives way to the
    // messages of the first.
    m_saveBanner->setObjectName(u"saveBanner"_s);
    m_saveBanner->setClosable(false);
    connect(m_saveBanner, &MessageBanner::actionTriggered, this,
            &DraftsPane::chooseUnsavedExportFile);
    connect(store, &DraftStore::unsavedChanged, this, &DraftsPane::updateSaveProblem);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_saveBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    m_openAction = makeAction(tr("&Open"), QKeySequence(Qt::Key_Return), &DraftsPane::openSelected);
    m_openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_openAction->setToolTip(tr("Open the selected drafts in their forms (Enter)"));
    m_duplicateAction = makeAction(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                                   &DraftsPane::duplicateSelected);
    m_deleteAction = makeAction(tr("&Delete"), QKeySequence::Delete, &DraftsPane::deleteSelected);
    m_undoAction = makeAction(tr("&Undo delete"), QKeySequence::Undo, &DraftsPane::undoDelete);
    m_sendAction = makeAction(tr("&Send when online"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                              &DraftsPane::sendSelectedWhenOnline);
    m_sendAction->setToolTip(tr("Put the selected valid drafts in their account’s outbox; "
                                "they are sent as soon as the server can be reached"));
    m_keepAction = makeAction(tr("&Keep as draft"), {}, &DraftsPane::keepSelectedAsDrafts);
    m_keepAction->setToolTip(tr("Take the selected drafts out of the outbox"));
    m_exportAction = makeAction(tr("&Export…"), {}, &DraftsPane::chooseExportFile);
    m_exportAction->setToolTip(tr("Save the selected drafts (or all of them) to a JSON file"));
    m_importAction = makeAction(tr("&Import…"), {}, &DraftsPane::chooseImportFile);
    m_importAction->setToolTip(tr("Add the drafts of an exported JSON file"));
    m_moveMenu = new QMenu(this);
    m_moveMenu->setObjectName(u"moveMenu"_s);
    m_moveAction = makeAction(tr("&Move to…"), {}, &DraftsPane::fillMoveMenu);
    m_moveAction->setObjectName(u"actionMoveDrafts"_s);
    m_moveAction->setMenu(m_moveMenu);
    connect(m_moveMenu, &QMenu::aboutToShow, this, [this] {
        m_moveMenu->clear();
        for (const auto &[profileId, name] : moveTargets()) {
            QAction *target = m_moveMenu->addAction(name);
            target->setData(profileId);
            connect(target, &QAction::triggered, this,
                    [this, id = profileId] { moveSelectedTo(id); });
        }
    });

    // Tab leaves the table, the columns are remembered; the context menu has the toolbar's
    // actions for the rows.
    auto *table = TableBehaviour::setUp(m_view, u"drafts"_s);
    table->setKeyRole(DraftListModel::IdRole);
    table->setContextActions({m_openAction, m_sendAction, m_keepAction, nullptr,
                              m_duplicateAction, m_moveAction, m_exportAction, nullptr,
                              m_deleteAction});
    // Icons from the desktop theme, ours where it has none (as in the other sections).
    m_openAction->setIcon(Icons::themed(u"document-open"_s, u"document-open"_s));
    m_sendAction->setIcon(Icons::themed(u"mail-send"_s, u"mail-send"_s));
    m_duplicateAction->setIcon(Icons::themed(u"edit-copy"_s, u"edit-copy"_s));
    m_deleteAction->setIcon(Icons::themed(u"edit-delete"_s, u"edit-delete"_s));
    m_moveAction->setIcon(Icons::themed(u"go-next"_s, u"go-next"_s));
    m_exportAction->setIcon(Icons::themed(u"document-export"_s, u"document-export"_s));
    m_importAction->setIcon(Icons::themed(u"document-import"_s, u"document-import"_s));

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DraftsPane::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            updateEmptyState();
            updateActions();
            updateStatus();
        });
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateStatus();
        updateQueuedBanner();
    });

    if (!store->recoveredDamagedFile().isEmpty()) {
        showBanner(tr("The drafts database was damaged, so a new one was started. The old "
                      "file was kept as %1.")
                       .arg(QDir::toNativeSeparators(store->recoveredDamagedFile())),
                   BannerKind::Warning);
    } else if (!store->isOpen()) {
        showBanner(tr("Drafts cannot be saved: %1").arg(store->errorString()), BannerKind::Error);
    }
    updateEmptyState();
    updateActions();
    updateStatus();
    updateSaveProblem();
}

DraftsPane::~DraftsPane() = default;

void DraftsPane::updateSaveProblem()
{
    if (!m_store->hasUnsaved()) {
        m_saveBanner->hideMessage();
        return;
    }
    const int count = int(m_store->unsavedDrafts().size());
    const StorageFailure::Kind failure = m_store->unsavedFailure();
    QString text;
    if (failure == StorageFailure::Kind::DiskFull) {
        text = tr("Not saved: the disk is full — free space or export the unsaved drafts "
                  "(%n draft(s))", nullptr, count);
    } else {
        const QString cause = StorageFailure::describe(failure, m_store->folder());
        text = tr("Not saved: %1 — export the unsaved drafts to keep them (%n draft(s))", nullptr,
                  count)
                   .arg(cause.isEmpty() ? m_store->errorString() : cause);
    }
    m_saveBanner->showMessage(text, MessageBanner::Type::Error, tr("E&xport unsaved…"));
}

QString DraftsPane::saveProblemText() const
{
    return m_saveBanner->isShowing() ? m_saveBanner->text() : QString();
}

bool DraftsPane::exportUnsaved(const QString &filePath)
{
    const DraftTransferResult result = m_store->exportUnsaved(filePath);
    if (!result.ok) {
        showBanner(tr("Export failed. %1").arg(result.error), BannerKind::Error);
        return false;
    }
    showBanner(tr("%n unsaved draft(s) exported to %1.", nullptr, int(result.ids.size()))
                   .arg(QDir::toNativeSeparators(filePath)),
               BannerKind::Info);
    return true;
}

void DraftsPane::chooseUnsavedExportFile()
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Export unsaved drafts"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Switchboard drafts (*.json)"));
    dialog->setObjectName(u"unsavedExportDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(tr("unsaved-drafts.json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportUnsaved(path); });
    dialog->open();
}

QAction *DraftsPane::makeAction(const QString &text, const QKeySequence &shortcut,
                                void (DraftsPane::*slot)())
{
    auto *action = new QAction(text, this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void DraftsPane::setOpener(const QString &kind, Opener opener)
{
    m_openers.insert(kind, std::move(opener));
    updateActions();
}

void DraftsPane::setKindTitles(const QHash<QString, QString> &titles)
{
    m_model->setKindTitles(titles);
}

void DraftsPane::setAccounts(const QList<Account *> &accounts)
{
    // Drafts record the profile they belong to; the list shows the account's name.
    m_liveNames.clear();
    m_liveFamilies.clear();
    for (const Account *account : accounts) {
        for (const AccountClient *client : account->clients()) {
            m_liveNames.insert(client->profile().id, account->displayName());
            m_liveFamilies.insert(client->profile().id, client->family());
        }
    }
    updateAccountNames();
    updateActions();
}

void DraftsPane::setRetiredProfiles(const QList<RetiredProfile> &retired)
{
    m_retired = retired;
    QHash<QString, QString> reasons;
    for (const RetiredProfile &r : retired)
        reasons.insert(r.profileId, r.explanation());
    m_model->setBlockedProfiles(reasons);
    updateAccountNames();
    updateActions();
    int blocked = 0;
    for (const Draft &d : m_store->drafts())
        blocked += m_model->blockedReason(d).isEmpty() ? 0 : 1;
    if (blocked > 0 && !isBannerVisible()) {
        showBanner(tr("%n draft(s) belong to an account that was removed or now signs in "
                      "elsewhere. Select them to move them to another account (Move to…) or to "
                      "export them.",
                      nullptr, blocked),
                   BannerKind::Warning);
    }
}

void DraftsPane::updateAccountNames()
{
    QHash<QString, QString> names;
    for (const RetiredProfile &r : std::as_const(m_retired)) {
        names.insert(r.profileId, r.reason == RetiredProfile::Reason::Removed
                                      ? tr("%1 (removed)").arg(r.accountName)
                                      : tr("%1 (old sign-in)").arg(r.accountName));
    }
    for (auto it = m_liveNames.cbegin(); it != m_liveNames.cend(); ++it)
        names.insert(it.key(), it.value());
    setAccountNames(names);
}

QList<QPair<QString, QString>> DraftsPane::moveTargets() const
{
    // One family for the whole selection, known from the account it names.
    std::optional<ApiFamily> family;
    QSet<QString> from;
    const QList<Draft> selected = selectedDrafts();
    for (const Draft &d : selected) {
        std::optional<ApiFamily> f;
        if (m_liveFamilies.contains(d.accountId))
            f = m_liveFamilies.value(d.accountId);
        for (const RetiredProfile &r : m_retired) {
            if (!f && r.profileId == d.accountId)
                f = r.family;
        }
        if (!f || (family && *family != *f))
            return {};
        family = f;
        from.insert(d.accountId);
    }
    QList<QPair<QString, QString>> targets;
    if (!family)
        return targets;
    for (auto it = m_liveFamilies.cbegin(); it != m_liveFamilies.cend(); ++it) {
        if (it.value() == *family && !(from.size() == 1 && from.contains(it.key())))
            targets.append({it.key(), m_liveNames.value(it.key())});
    }
    std::sort(targets.begin(), targets.end(), [](const auto &a, const auto &b) {
        return a.second.localeAwareCompare(b.second) < 0;
    });
    return targets;
}

void DraftsPane::fillMoveMenu()
{
    // Triggered from a toolbar button or a shortcut: show the choice there.
    if (!moveTargets().isEmpty())
        m_moveMenu->popup(QCursor::pos());
}

bool DraftsPane::moveSelectedTo(const QString &profileId)
{
    const QString target = m_liveNames.value(profileId);
    if (target.isEmpty()) {
        showBanner(tr("That account is not available."), BannerKind::Error);
        return false;
    }
    const QStringList ids = selectedIds();
    const DraftMoveResult result = DraftMove::move(m_store, ids, profileId);
    QString text;
    if (!result.moved.isEmpty()) {
        text = (result.moved.size() == 1
                    ? tr("1 draft moved to “%1”.")
                    : tr("%n drafts moved to “%1”.", nullptr, int(result.moved.size())))
                   .arg(target);
    }
    for (const QString &why : result.refused)
        text += (text.isEmpty() ? QString() : u" "_s) + why;
    if (!text.isEmpty())
        showBanner(text, result.refused.isEmpty() ? BannerKind::Info : BannerKind::Warning);
    selectIds(ids);
    updateActions();
    return result.refused.isEmpty() && !result.moved.isEmpty();
}

void DraftsPane::setAccountNames(const QHash<QString, QString> &names)
{
    m_model->setAccountNames(names);
}

PaneActions DraftsPane::paneActions() const
{
    PaneActions actions;
    actions.selection = {m_openAction, m_sendAction, m_duplicateAction, m_deleteAction,
                         m_moveAction, m_exportAction};
    actions.other = {m_importAction};
    return actions;
}

QWidget *DraftsPane::mainView() const
{
    return m_view;
}

QStringList DraftsPane::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(DraftListModel::IdRole).toString();
    return ids;
}

void DraftsPane::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(DraftListModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_view->selectionModel()->setCurrentIndex(selection.indexes().first(),
                                                  QItemSelectionModel::NoUpdate);
}

QList<Draft> DraftsPane::selectedDrafts() const
{
    QList<Draft> drafts;
    for (const QString &id : selectedIds()) {
        const Draft d = m_store->draft(id);
        if (!d.isNull())
            drafts.append(d);
    }
    return drafts;
}

void DraftsPane::openSelected()
{
    int noForm = 0;
    int refused = 0;
    for (const Draft &d : selectedDrafts()) {
        const Opener opener = m_openers.value(d.kind);
        if (!opener) {
            ++noForm;
            continue;
        }
        if (QWidget *document = opener(d))
            emit documentOpened(document);
        else
            ++refused;
    }
    if (noForm > 0) {
        showBanner(noForm == 1 ? tr("This draft cannot be opened: this version of Switchboard has "
                                    "no form for its kind yet.")
                               : tr("%n drafts cannot be opened: this version of Switchboard has "
                                    "no form for their kind yet.", nullptr, noForm),
                   BannerKind::Info);
    } else if (refused > 0) {
        // The opener declines drafts in the outbox or of an account that is not connected.
        showBanner(refused == 1 ? tr("This draft cannot be opened now: it is in the outbox or "
                                     "already sent, or its account is not available.")
                                : tr("%n drafts cannot be opened now: they are in the outbox or "
                                     "already sent, or their account is not available.",
                                     nullptr, refused),
                   BannerKind::Info);
    }
}

void DraftsPane::duplicateSelected()
{
    QStringList copies;
    for (const Draft &d : selectedDrafts()) {
        const Draft copy = m_store->duplicate(d.id);
        if (copy.isNull()) {
            showBanner(m_store->errorString(), BannerKind::Error);
            return;
        }
        copies << copy.id;
    }
    selectIds(copies);
}

void DraftsPane::deleteSelected()
{
    // The row after the deleted ones becomes the selection, as in a file manager.
    int nextRow = -1;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        nextRow = nextRow < 0 ? row.row() : std::min(nextRow, row.row());
    QStringList deleted;
    int busy = 0;
    for (const Draft &d : selectedDrafts()) {
        // The store refuses drafts in the outbox: a send in flight must record its outcome.
        if (m_store->remove(d.id))
            deleted << d.id;
        else if (d.isInOutbox())
            ++busy;
    }
    if (!deleted.isEmpty()) {
        m_lastDeleted = deleted;
        QString text = (deleted.size() == 1 ? tr("1 draft deleted.")
                                              : tr("%n drafts deleted.", nullptr, int(deleted.size())));
        if (busy > 0)
            text += u' ' + tr("%n draft(s) in the outbox were kept.", nullptr, busy);
        showBanner(text, BannerKind::Info, true);
        if (nextRow >= 0 && m_proxy->rowCount() > 0) {
            const QModelIndex next = m_proxy->index(std::min(nextRow, m_proxy->rowCount() - 1), 0);
            m_view->selectionModel()->setCurrentIndex(
                next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    } else if (busy > 0) {
        showBanner(tr("Drafts that are being sent or wait in the outbox cannot be deleted: "
                      "keep them as drafts first, or wait until the server has answered."),
                   BannerKind::Info);
    }
    updateActions();
}

void DraftsPane::undoDelete()
{
    if (m_lastDeleted.isEmpty())
        return;
    QStringList restored;
    for (const QString &id : std::as_const(m_lastDeleted)) {
        if (m_store->restore(id))
            restored << id;
    }
    m_lastDeleted.clear();
    hideBanner();
    selectIds(restored);
    updateActions();
}

void DraftsPane::sendSelectedWhenOnline()
{
    int queued = 0;
    QStringList queuedIds;
    int incomplete = 0;
    int blocked = 0;
    for (const Draft &d : selectedDrafts()) {
        if (!d.isEditable())
            continue;
        if (!m_model->blockedReason(d).isEmpty()) {
            ++blocked; // nobody would send it: its account is gone or signs in elsewhere
            continue;
        }
        if (!d.valid) {
            ++incomplete;
            continue;
        }
        if (m_store->enqueue(d.id)) {
            ++queued;
            queuedIds << d.id;
        }
    }
    if (blocked > 0) {
        showBanner(tr("%n draft(s) cannot be sent from their account any more: move them to "
                      "another account first (Move to…), or export them.", nullptr, blocked),
                   BannerKind::Warning);
    } else if (incomplete > 0) {
        showBanner((incomplete == 1 ? tr("1 draft is incomplete and stays a draft; open it to see what is "
                                          "missing.")
                                       : tr("%n drafts are incomplete and stay drafts; open them to see "
                                            "what is missing.", nullptr, incomplete)),
                   BannerKind::Warning);
    } else if (queued > 0) {
        showBanner((queued == 1 ? tr("1 draft will be sent as soon as the server can be reached.")
                                   : tr("%n drafts will be sent as soon as the server can be reached.",
                                        nullptr, queued)),
                   BannerKind::Info);
        m_queuedShown = queuedIds; // after showBanner(), which forgets them
    }
    updateActions();
}

void DraftsPane::updateQueuedBanner()
{
    // "will be sent as soon as…" is true only while they wait: once the outbox is done with
    // them (sent, refused, taken back, deleted), the rows say how it went.
    if (m_queuedShown.isEmpty())
        return;
    for (const QString &id : std::as_const(m_queuedShown)) {
        if (m_store->draft(id).isInOutbox())
            return;
    }
    m_queuedShown.clear();
    hideBanner();
}

void DraftsPane::keepSelectedAsDrafts()
{
    for (const Draft &d : selectedDrafts())
        m_store->dequeue(d.id);
    updateActions();
}

bool DraftsPane::exportDrafts(const QStringList &ids, const QString &filePath)
{
    const DraftTransferResult result = m_store->exportTo(ids, filePath);
    if (!result.ok) {
        showBanner(tr("Export failed. %1").arg(result.error), BannerKind::Error);
        return false;
    }
    showBanner((result.ids.size() == 1 ? tr("1 draft exported to %1.")
                                        : tr("%n drafts exported to %1.", nullptr, int(result.ids.size())))
                   .arg(QDir::toNativeSeparators(filePath)),
               BannerKind::Info);
    return true;
}

bool DraftsPane::importDrafts(const QString &filePath)
{
    const DraftTransferResult result = m_store->importFrom(filePath);
    if (!result.ok) {
        showBanner(tr("Nothing was imported. %1").arg(result.error), BannerKind::Error);
        return false;
    }
    QString text;
    if (result.ids.isEmpty() && result.skipped > 0) {
        text = tr("Nothing new to import: every draft of this file is here already (%n).",
                  nullptr, result.skipped);
    } else {
        text = (result.ids.size() == 1 ? tr("1 draft imported.")
                                       : tr("%n drafts imported.", nullptr, int(result.ids.size())));
        if (result.skipped > 0)
            text += u' ' + tr("Skipped %n draft(s) already here.", nullptr, result.skipped);
    }
    showBanner(text, BannerKind::Info);
    selectIds(result.ids);
    return true;
}

void DraftsPane::chooseExportFile()
{
    QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        for (const Draft &d : m_store->drafts())
            ids << d.id;
    }
    if (ids.isEmpty())
        return;
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Export drafts"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Switchboard drafts (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"json"_s);
    dialog->selectFile(tr("drafts.json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, ids](const QString &path) { exportDrafts(ids, path); });
    dialog->open();
}

void DraftsPane::chooseImportFile()
{
    auto *dialog = new QFileDialog(this, tr("Import drafts"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   tr("Switchboard drafts (*.json);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &DraftsPane::importDrafts);
    dialog->open();
}

void DraftsPane::showBanner(const QString &text, BannerKind kind, bool offerUndo)
{
    m_queuedShown.clear(); // another message took the banner's place
    const MessageBanner::Type type = kind == BannerKind::Error     ? MessageBanner::Type::Error
                                     : kind == BannerKind::Warning ? MessageBanner::Type::Warning
                                                                   : MessageBanner::Type::Information;
    m_banner->showMessage(text, type, offerUndo ? tr("&Undo") : QString());
}

void DraftsPane::hideBanner()
{
    m_banner->hideMessage();
}

QString DraftsPane::bannerText() const
{
    return m_banner->text();
}

bool DraftsPane::isBannerVisible() const
{
    return m_banner->isShowing();
}

bool DraftsPane::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_emptyLabel;
}

void DraftsPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool hadFocus = m_view->hasFocus();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_view);
    // Keep the keyboard in the pane, so Ctrl+Z still undoes deleting the last draft.
    if (empty && hadFocus)
        setFocus(Qt::OtherFocusReason);
    else if (!empty && hasFocus())
        m_view->setFocus(Qt::OtherFocusReason);
}

void DraftsPane::updateActions()
{
    const QList<Draft> selected = selectedDrafts();
    bool anyOpenable = false;
    bool anySendable = false;
    bool anyQueued = false;
    for (const Draft &d : selected) {
        anyOpenable = anyOpenable || m_openers.contains(d.kind);
        anySendable = anySendable || (d.isEditable() && d.valid);
        anyQueued = anyQueued || d.state == OutboxState::Queued;
    }
    m_openAction->setEnabled(anyOpenable);
    m_duplicateAction->setEnabled(!selected.isEmpty());
    m_deleteAction->setEnabled(!selected.isEmpty());
    m_undoAction->setEnabled(!m_lastDeleted.isEmpty());
    m_sendAction->setEnabled(anySendable);
    m_keepAction->setEnabled(anyQueued);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
    bool anyBlocked = false;
    for (const Draft &d : selected)
        anyBlocked = anyBlocked || !m_model->blockedReason(d).isEmpty();
    const bool canMove = !moveTargets().isEmpty();
    m_moveAction->setEnabled(canMove);
    m_moveAction->setToolTip(canMove ? tr("Move the selected drafts to another account of the "
                                          "same service")
                             : selected.isEmpty()
                                 ? tr("Select drafts to move them to another account")
                                 : tr("No other account of the same service to move them to"));
    if (anyBlocked && m_sendAction->isEnabled()) {
        m_sendAction->setToolTip(tr("Their account is gone or signs in elsewhere now: move them "
                                    "to an account first"));
    }
    if (!anySendable && !selected.isEmpty()) {
        m_sendAction->setToolTip(tr("Only complete drafts that are not already in the outbox "
                                    "can be sent"));
    } else {
        m_sendAction->setToolTip(tr("Put the selected valid drafts in their account’s outbox; "
                                    "they are sent as soon as the server can be reached"));
    }
}

void DraftsPane::updateStatus()
{
    int waiting = 0;
    for (const Draft &d : m_store->drafts()) {
        if (d.isInOutbox())
            ++waiting;
    }
    const int total = m_model->rowCount();
    QString text = (total == 1 ? tr("1 draft") : tr("%n drafts", nullptr, total));
    if (waiting > 0)
        text += tr(", %n waiting to send", nullptr, waiting);
    if (text == m_statusMessage)
        return;
    m_statusMessage = text;
    emit statusMessageChanged(text);
}
