package org.lifecircle.facility;

/** How people reach a facility type; the network engineer maps this onto a routing profile. */
public enum TravelMode {
    WALK, BIKE, DRIVE
}
