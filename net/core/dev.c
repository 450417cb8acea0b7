/* net/core/dev.c — the device layer: packets down to a device, and up
 * from it to the protocol that registered for their type.
 *
 * Receiving is deferred, as in Linux: netif_rx only queues the packet on a
 * backlog and raises the NET_RX softirq; net_rx_action delivers the
 * backlog when the softirq runs (before the sender sleeps or returns to
 * user mode).  On loopback the device's transmit *is* netif_rx, so without
 * the deferral TCP would re-enter itself from inside its own transmit
 * (data -> ACK -> more data -> ...), with a socket's state half updated —
 * or freed under its feet.
 */
#include <linux/kernel.h>
#include <linux/netdevice.h>
#include <linux/interrupt.h>

static struct packet_type *ptype_base;
static struct sk_buff_head backlog = { LIST_HEAD_INIT(backlog.head), 0 };

void dev_add_pack(struct packet_type *pt)
{
	pt->next = ptype_base;
	ptype_base = pt;
}

int dev_queue_xmit(struct sk_buff *skb)
{
	struct net_device *dev = skb->dev;

	pcap_capture(skb);
	dev->tx_packets++;
	dev->tx_bytes += skb->len;
	return dev->xmit(skb, dev);
}

static void deliver(struct sk_buff *skb)
{
	for (struct packet_type *pt = ptype_base; pt; pt = pt->next)
		if (pt->type == skb->protocol) {
			pt->func(skb, skb->dev);
			return;
		}
	kfree_skb(skb);			/* nobody speaks this protocol */
}

static void net_rx_action(void)
{
	struct sk_buff *skb;

	while ((skb = skb_dequeue(&backlog)))
		deliver(skb);
}

void netif_rx(struct sk_buff *skb)
{
	skb->dev->rx_packets++;
	skb->dev->rx_bytes += skb->len;
	skb_queue_tail(&backlog, skb);
	raise_softirq(NET_RX_SOFTIRQ);
}

void net_dev_init(void)
{
	open_softirq(NET_RX_SOFTIRQ, net_rx_action);
}
