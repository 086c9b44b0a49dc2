# Twilio and SignalWire numbers: wire types, client calls, item models, drafts and senders.
target_sources(switchboard_models PRIVATE
    numbers/availablenumber.cpp numbers/availablenumber.h
    numbers/incomingnumber.cpp numbers/incomingnumber.h
    numbers/numbersclient.cpp numbers/numbersclient.h
    numbers/numberrow.cpp numbers/numberrow.h
    numbers/numberchecks.cpp numbers/numberchecks.h
    numbers/numberpageparser.cpp numbers/numberpageparser.h
    numbers/numberloader.cpp numbers/numberloader.h
    numbers/numbercache.cpp numbers/numbercache.h
    numbers/numbertablemodel.cpp numbers/numbertablemodel.h
    numbers/numberfiltermodel.cpp numbers/numberfiltermodel.h
    numbers/numbersummary.cpp numbers/numbersummary.h
    numbers/allnumbersmodel.cpp numbers/allnumbersmodel.h
    numbers/phonenumbers.cpp numbers/phonenumbers.h
)
target_sources(switchboard_models PRIVATE
    numbers/numbereditdraft.cpp numbers/numbereditdraft.h
    numbers/numbereditsender.cpp numbers/numbereditsender.h
    numbers/numberrelease.cpp numbers/numberrelease.h
)
target_sources(switchboard_models PRIVATE
    numbers/purchasedraft.cpp numbers/purchasedraft.h
    numbers/purchasesender.cpp numbers/purchasesender.h
)
target_sources(switchboard_models PRIVATE
    numbers/purchasemodels.cpp numbers/purchasemodels.h
)
