package com.netfocus.contracts.caller;

/** A call reached a service without the identity the gateway sets: it did not come through the gateway. */
public class MissingCallerException extends RuntimeException {

    public MissingCallerException() {
        super("the request carries no verified caller identity; call the API through the gateway");
    }
}
