#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class DraftHistory;
class QAction;
class QWidget;

// Form-wide undo and redo over a form's draft payload (DraftHistory snapshots), so Ctrl+Z
// takes back the last burst of editing whichever field it was in, including check boxes
// and pickers. Line edits would otherwise keep Ctrl+Z for their own, per-field undo; their
// shortcut override is taken away so the form's actions fire.
//
//     auto *undo = new FormUndo(form, [form] { return form->draft().toJson(); },
//                               [form](const QJsonObject &s) { form->setDraft(PropertyDraft::fromJson(s)); });
//     connect(form, &PropertyForm::draftChanged, undo, &FormUndo::record);
//
// The actions are added to the form (object names "actionUndo" and "actionRedo", so the
// main window's Edit menu can find them) and are enabled only when there is a step.
class FormUndo final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormUndo)

public:
    using Getter = std::function<QJsonObject()>;
    using Setter = std::function<void(const QJsonObject &)>;

    FormUndo(QWidget *form, Getter get, Setter set);
    ~FormUndo() override;

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    DraftHistory *history() const { return m_history; }

public slots:
    // Call on every change of the form's content.
    void record();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(const QJsonObject &state);

    QWidget *m_form;
    Getter m_get;
    Setter m_set;
    DraftHistory *m_history;
    QPointer<QAction> m_undo;
    QPointer<QAction> m_redo;
    bool m_applying = false;
};
