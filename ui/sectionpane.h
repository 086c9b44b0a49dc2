#pragma once

#include "accounts/accountsettings.h"
#include "api/jobprogress.h"

#include <QList>
#include <QString>
#include <QWidget>

class Account;
class QAction;
class QUndoStack;
struct Draft;

// What a pane offers the shell, by role. The main window binds File ▸ New, View ▸ Refresh,
// Edit ▸ Find and Edit ▸ Undo/Redo to these while the pane is shown (with the focus
// anywhere in the window), and lays out the toolbar from them; it never looks actions up
// by name or shortcut. Every action is owned by the pane.
struct PaneActions
{
    QAction *create = nullptr;  // File ▸ New: "New property", "Buy numbers…"
    QAction *refresh = nullptr; // View ▸ Refresh; the window's own when null
    QAction *find = nullptr;    // Edit ▸ Find: to the pane's filter
    // Act on the selected rows (Release…): in the toolbar after a separator, and enabled
    // by the pane as the selection allows.
    QList<QAction *> selection;
    QList<QAction *> other;          // further toolbar actions, after create
    QUndoStack *undoStack = nullptr; // Edit ▸ Undo/Redo while the pane is shown
};

// One section of an account (Properties, Broadcast projects, Numbers, Drafts) as shown in
// the central area. The main window only places panes; each pane is a tested class.
class SectionPane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual PaneActions paneActions() const { return {}; }
    // The toolbar's actions in order (create, other, then the selection's after a null
    // separator); refresh is added by the window.
    QList<QAction *> toolBarActions() const;
    // Where Tab from the sidebar goes (the pane's list); null: the pane's first focus.
    virtual QWidget *mainView() const { return nullptr; }
    // True once the first page has arrived (or failed); --screenshot waits for this.
    virtual bool isLoaded() const { return true; }
    // Starts or repeats loading from the server; canReload() says whether there is any.
    virtual void reload() {}
    virtual bool canReload() const { return false; }
    // The status bar text as it stands now (statusMessageChanged() announces changes).
    virtual QString statusMessage() const { return {}; }
    // A draft of a kind that belongs to this section was created on the server (from a
    // form or the outbox): show it, e.g. add it to the list. draft.remoteId says what it is.
    virtual void draftSent(const Draft &draft) { Q_UNUSED(draft) }
    // The accounts the window lists, whenever one is added (a pane that serves every
    // account, such as Drafts, shows their names).
    virtual void setAccounts(const QList<Account *> &accounts) { Q_UNUSED(accounts) }
    // The profiles that drafts may still name but that can no longer send (a removed
    // account, a changed login), whenever they change: a pane listing drafts says why.
    virtual void setRetiredProfiles(const QList<RetiredProfile> &retired) { Q_UNUSED(retired) }

signals:
    // A load finished (the first one, and each reload): ok, or failed with a readable message.
    void loadFinished(bool ok, const QString &message);
    // Text for the status bar (e.g. "250 of 312 properties").
    void statusMessageChanged(const QString &message);
    // The pane opened a document (a form such as "New property"): the main window shows
    // it in its own tab and takes ownership. Its windowTitle() is the tab's text and is
    // followed through windowTitleChanged; closing the tab deletes the widget.
    void documentOpened(QWidget *document);
    // The user asked for a new document of a registered kind ("New property"): the main
    // window opens its form through the registry, bound to a new draft.
    void newDocumentRequested(const QString &kind);
    // A long job started (a whole account loading, a bulk run): the status bar shows its
    // progress with Pause and Cancel until it finishes. The job is not the window's.
    void jobStarted(JobProgress *job);
    // The pane's actions changed (one was added or replaced): the window binds them again.
    void paneActionsChanged();
};
