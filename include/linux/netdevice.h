/* include/linux/netdevice.h — network devices and the hand-off between
 * them and the protocols (net/core/dev.c).
 *
 * Going down, a protocol calls dev_queue_xmit; the device's xmit sends.
 * Coming up, a device calls netif_rx; the packet waits on a backlog queue
 * and net_rx_action hands it to whichever handler registered for its type
 * with dev_add_pack (IPv4 registers ip_rcv).  So the device layer never
 * names a protocol.
 */
#ifndef _LINUX_NETDEVICE_H
#define _LINUX_NETDEVICE_H

#include <linux/types.h>
#include <linux/skbuff.h>

struct net_device {
	const char *name;
	unsigned int mtu;
	int (*xmit)(struct sk_buff *skb, struct net_device *dev);
	unsigned long rx_packets, tx_packets, rx_bytes, tx_bytes;
};

struct packet_type {
	u16 type;			/* ETH_P_IP ... */
	int (*func)(struct sk_buff *skb, struct net_device *dev);
	struct packet_type *next;
};

extern struct net_device loopback_dev;

void dev_add_pack(struct packet_type *pt);
int dev_queue_xmit(struct sk_buff *skb);
void netif_rx(struct sk_buff *skb);
void net_dev_init(void);
void pcap_init(void);
void pcap_capture(const struct sk_buff *skb);

#endif
