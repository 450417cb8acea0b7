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
 *
 * It also keeps the list of devices, numbered as they register (lo is
 * 1), and their flags, which the interface ioctls read and set
 * (net/core/dev_ioctl.c).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/netdevice.h>
#include <linux/interrupt.h>
#include <uapi/linux/if.h>

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

/* --- the devices: a list, numbered in the order they register --- */

struct net_device *dev_base;

void register_netdev(struct net_device *dev)
{
	struct net_device **pp = &dev_base;
	int ifindex = 1;

	for (; *pp; pp = &(*pp)->next)
		ifindex++;
	dev->ifindex = ifindex;
	dev->next = NULL;
	*pp = dev;
}

struct net_device *dev_get_by_name(const char *name)
{
	for (struct net_device *dev = dev_base; dev; dev = dev->next)
		if (!strcmp(dev->name, name))
			return dev;
	return NULL;
}

/* The device an ifreq names.  "lo:1", an alias address's label, names
 * lo; the name is NUL-terminated first, since it came from user space. */
struct net_device *dev_get_by_ifr_name(char name[IFNAMSIZ])
{
	struct net_device *dev;
	char *colon;

	name[IFNAMSIZ - 1] = 0;
	colon = strchr(name, ':');
	if (colon)
		*colon = 0;
	dev = dev_get_by_name(name);
	if (colon)
		*colon = ':';
	return dev;
}

struct net_device *dev_get_by_index(int ifindex)
{
	for (struct net_device *dev = dev_base; dev; dev = dev->next)
		if (dev->ifindex == ifindex)
			return dev;
	return NULL;
}

/* IFF_RUNNING is not stored: a device that is up carries packets (there
 * is no cable to unplug). */
unsigned int dev_get_flags(const struct net_device *dev)
{
	return (dev->flags & ~IFF_RUNNING) | (dev->flags & IFF_UP ? IFF_RUNNING : 0);
}

/* SIOCSIFFLAGS.  As Linux's dev_change_flags: a few flags are the
 * user's to set (DEBUG, NOTRAILERS, NOARP, MULTICAST, PROMISC,
 * ALLMULTI, and UP), the rest (LOOPBACK, RUNNING ...) describe the device
 * and are left as they are.  Taking a device down is refused (EBUSY):
 * this kernel's TCP never retransmits data, so a segment dropped while lo
 * was down would stall its connection for good; Linux would instead
 * answer ENETUNREACH to new sends and retransmit once lo is back up. */
int dev_change_flags(struct net_device *dev, unsigned int flags)
{
	const unsigned int user = IFF_DEBUG | IFF_NOTRAILERS | IFF_NOARP | IFF_MULTICAST |
				  IFF_PROMISC | IFF_ALLMULTI;

	if ((dev->flags & IFF_UP) && !(flags & IFF_UP))
		return -EBUSY;
	dev->flags = (dev->flags & ~user) | (flags & user) | (flags & IFF_UP);
	return 0;
}

void net_dev_init(void)
{
	open_softirq(NET_RX_SOFTIRQ, net_rx_action);
	register_netdev(&loopback_dev);
}
