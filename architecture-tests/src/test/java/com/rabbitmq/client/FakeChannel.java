package com.rabbitmq.client;

/** Stand-in for an AMQP client type, used only by the architecture fixtures. */
public interface FakeChannel {}
