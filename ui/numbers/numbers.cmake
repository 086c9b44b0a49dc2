# Numbers sections (Twilio, SignalWire): the table, the number editor, the buy flow.
target_sources(switchboard_ui PRIVATE
    numbers/allnumberspane.cpp numbers/allnumberspane.h
    numbers/numberform.cpp numbers/numberform.h
    numbers/numberparameterseditor.cpp numbers/numberparameterseditor.h
    numbers/numberspane.cpp numbers/numberspane.h
    numbers/numbersummaryview.cpp numbers/numbersummaryview.h
    numbers/problemsdelegate.cpp numbers/problemsdelegate.h
    numbers/purchaseform.cpp numbers/purchaseform.h
)
