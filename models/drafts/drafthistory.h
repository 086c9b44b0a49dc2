#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>

// Undo and redo for a form, as snapshots of its draft payload (the same JSON the
// autosaver writes). Changes recorded within mergeWindowMs of each other are one step,
// so undo takes back a burst of typing, not one letter.
//
//     m_history->reset(draft.payload);                      // when the form opens
//     // on every change:  m_history->record(form.payload());
//     // Ctrl+Z:           form.setPayload(m_history->undo());  (record() of an equal
//     //                   payload is ignored, so applying it may emit the form's signal)
class DraftHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftHistory)

public:
    static constexpr int DefaultMergeWindowMs = 1000;
    static constexpr int MaxSteps = 200;

    explicit DraftHistory(QObject *parent = nullptr);
    ~DraftHistory() override;

    void setMergeWindow(int ms) { m_mergeWindowMs = ms; }
    void reset(const QJsonObject &current);
    void record(const QJsonObject &state);
    // A step boundary even within the merge window (e.g. when a field loses focus).
    void closeStep() { m_mergeable = false; }

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index + 1 < m_states.size(); }
    QJsonObject current() const { return m_states.value(m_index); }
    // The state to show; the current one when there is nothing to undo/redo.
    QJsonObject undo();
    QJsonObject redo();

signals:
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);

private:
    void notify(bool couldUndo, bool couldRedo);

    QList<QJsonObject> m_states;
    qsizetype m_index = 0;
    QElapsedTimer m_lastRecord;
    int m_mergeWindowMs = DefaultMergeWindowMs;
    bool m_mergeable = false;
};
