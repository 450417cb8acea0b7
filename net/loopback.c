/* net/loopback.c — lo, the loopback device: what it transmits, it
 * receives.  Its transmit function hands the packet straight back to the
 * device layer's receive path, the same path a real network card's
 * interrupt handler would use, so nothing above it special-cases loopback.
 * MTU 65536, as Linux's lo: no IPv4 packet is ever too big for it.
 * Its other attributes are Linux's too, as `ifconfig lo` shows them: up,
 * loopback, a hardware address of six zero bytes, a queue of 1000.
 */
#include <linux/kernel.h>
#include <linux/netdevice.h>
#include <uapi/linux/if.h>

static int loopback_xmit(struct sk_buff *skb, struct net_device *dev)
{
	skb->sk = NULL;			/* no longer charged to the sender */
	netif_rx(skb);
	return 0;
}

struct net_device loopback_dev = {
	.name = "lo",
	.flags = IFF_UP | IFF_LOOPBACK,
	.type = ARPHRD_LOOPBACK,
	.addr_len = 6,
	.tx_queue_len = 1000,
	.mtu = 65536,
	.xmit = loopback_xmit,
};
