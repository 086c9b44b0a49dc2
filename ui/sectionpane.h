#pragma once

#include "accounts/accountsettings.h"

#include <QList>
#include <QString>
#include <QWidget>

class Account;
class QAction;
struct Draft;

// One section of an account (Properties, Broadcast projects, Numbers, Drafts) as shown in
// the central area. The main window only places panes; each pane is a tested class.
class SectionPane : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The section's toolbar actions (New, Refresh, ...); owned by the pane.
    virtual QList<QAction *> toolBarActions() const { return {}; }
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
    // First load finished: ok, or failed with a readable message.
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
};
