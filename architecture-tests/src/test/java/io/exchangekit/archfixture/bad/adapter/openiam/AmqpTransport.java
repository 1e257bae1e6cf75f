package io.exchangekit.archfixture.bad.adapter.openiam;

import com.rabbitmq.client.FakeChannel;

/** Violates the vendor rule: a public field and an array parameter of AMQP types. */
public class AmqpTransport {
  public FakeChannel channel;

  public void publishOn(FakeChannel[] channels) {}
}
