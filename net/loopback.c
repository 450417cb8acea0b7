/* net/loopback.c — lo, the loopback device: what it transmits, it
 * receives.  Its transmit function hands the packet straight back to the
 * device layer's receive path, the same path a real network card's
 * interrupt handler would use, so nothing above it special-cases loopback.
 * MTU 65536, as Linux's lo: no IPv4 packet is ever too big for it.
 */
#include <linux/kernel.h>
#include <linux/netdevice.h>

static int loopback_xmit(struct sk_buff *skb, struct net_device *dev)
{
	skb->sk = NULL;			/* no longer charged to the sender */
	netif_rx(skb);
	return 0;
}

struct net_device loopback_dev = {
	.name = "lo",
	.mtu = 65536,
	.xmit = loopback_xmit,
};
